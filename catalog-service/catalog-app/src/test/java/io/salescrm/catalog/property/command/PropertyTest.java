package io.salescrm.catalog.property.command;

import io.salescrm.catalog.api.property.AddPropertyValueCommand;
import io.salescrm.catalog.api.property.DefinePropertyCommand;
import io.salescrm.catalog.api.property.ListValue;
import io.salescrm.catalog.api.property.PropertyDefinedEvent;
import io.salescrm.catalog.api.property.PropertyType;
import io.salescrm.catalog.api.property.PropertyValueAddedEvent;
import io.salescrm.catalog.api.property.PropertyValueRenamedEvent;
import io.salescrm.catalog.api.property.PropertyValueRetiredEvent;
import io.salescrm.catalog.api.property.RenamePropertyValueCommand;
import io.salescrm.catalog.api.property.RetirePropertyValueCommand;
import io.salescrm.platform.rules.ConflictException;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

class PropertyTest {

    private FixtureConfiguration<Property> fixture;
    private final PropertyDefinedEvent colour = new PropertyDefinedEvent("colour", "Colour", PropertyType.LIST_MULTIPLE, null,
            List.of(new ListValue("red", "RED", "Red")));

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Property.class);
    }

    @Test
    void aListPropertyIsDefinedWithUpperCaseValueCodes() {
        fixture.givenNoPriorActivity()
                .when(new DefinePropertyCommand("colour", "Colour", PropertyType.LIST_MULTIPLE, null, List.of(new ListValue("red", "red", "Red"))))
                .expectEvents(colour);
    }

    @Test
    void onlyNumbersHaveAUnitAndOnlyListsHaveValues() {
        fixture.givenNoPriorActivity().when(new DefinePropertyCommand("weight", "Weight", PropertyType.NUMBER, "kg", null))
                .expectEvents(new PropertyDefinedEvent("weight", "Weight", PropertyType.NUMBER, "kg", List.of()));
        fixture.givenNoPriorActivity().when(new DefinePropertyCommand("note", "Note", PropertyType.TEXT, "kg", null))
                .expectException(InvalidFieldException.class);
        fixture.givenNoPriorActivity().when(new DefinePropertyCommand("flag", "Flag", PropertyType.BOOLEAN, null, List.of(new ListValue("a", "A", "A"))))
                .expectException(InvalidFieldException.class);
    }

    @Test
    void aValueCodeMayNotRepeat() {
        fixture.given(colour).when(new AddPropertyValueCommand("colour", "crimson", "Red", "Crimson"))
                .expectException(ConflictException.class);
        fixture.given(colour).when(new AddPropertyValueCommand("colour", "blue", "BLUE", "Blue"))
                .expectEvents(new PropertyValueAddedEvent("colour", "blue", "BLUE", "Blue"));
    }

    @Test
    void valuesAreRenamedAndRetiredKeepingTheirIds() {
        fixture.given(colour).when(new RenamePropertyValueCommand("colour", "red", "Scarlet"))
                .expectEvents(new PropertyValueRenamedEvent("colour", "red", "Scarlet"));
        fixture.given(colour, new PropertyValueRetiredEvent("colour", "red"))
                .when(new RetirePropertyValueCommand("colour", "red"))
                .expectNoEvents();
    }

    @Test
    void aNonListPropertyTakesNoValues() {
        fixture.given(new PropertyDefinedEvent("weight", "Weight", PropertyType.NUMBER, "kg", List.of()))
                .when(new AddPropertyValueCommand("weight", "x", "X", "X"))
                .expectException(RuleViolationException.class);
    }
}
