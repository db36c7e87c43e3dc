package io.salescrm.catalog.property.command;

import io.salescrm.catalog.api.property.AddPropertyValueCommand;
import io.salescrm.catalog.api.property.DefinePropertyCommand;
import io.salescrm.catalog.api.property.ListValue;
import io.salescrm.catalog.api.property.PropertyDefinedEvent;
import io.salescrm.catalog.api.property.PropertyRenamedEvent;
import io.salescrm.catalog.api.property.PropertyType;
import io.salescrm.catalog.api.property.PropertyValueAddedEvent;
import io.salescrm.catalog.api.property.PropertyValueRenamedEvent;
import io.salescrm.catalog.api.property.PropertyValueRetiredEvent;
import io.salescrm.catalog.api.property.RenamePropertyCommand;
import io.salescrm.catalog.api.property.RenamePropertyValueCommand;
import io.salescrm.catalog.api.property.RetirePropertyValueCommand;
import io.salescrm.catalog.reference.CatalogNames;
import io.salescrm.catalog.reference.NotFoundProblem;
import io.salescrm.platform.rules.ConflictException;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A product property definition with, for list types, its managed values. Value ids never change and values are
 * retired rather than deleted, so products and variants that use a value keep meaning the same thing.
 */
@Aggregate
public class Property {

    public static final int MAX_VALUES = 500;
    public static final int MAX_UNIT_LENGTH = 20;
    /** Value codes go into SKUs: short, letters, digits, underscore. */
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9_]{1,20}");

    @AggregateIdentifier
    private String propertyId;
    private PropertyType type;
    private String name;
    private String unit;
    private final Map<String, ValueState> values = new LinkedHashMap<>();

    private record ValueState(String code, String label, boolean retired) {
    }

    protected Property() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    public Property(DefinePropertyCommand command) {
        CatalogNames.id(command.propertyId(), "propertyId");
        String name = CatalogNames.name(command.name(), "name");
        if (command.type() == null) {
            throw new InvalidFieldException("type", "must be one of TEXT, NUMBER, BOOLEAN, DATE, LIST_SINGLE, LIST_MULTIPLE");
        }
        String unit = unit(command.type(), command.unit());
        List<ListValue> initial = command.values() == null ? List.of() : command.values();
        if (!command.type().isList() && !initial.isEmpty()) {
            throw new InvalidFieldException("values", "only list properties have values");
        }
        if (initial.size() > MAX_VALUES) {
            throw new InvalidFieldException("values", "must be at most " + MAX_VALUES);
        }
        List<ListValue> valid = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < initial.size(); i++) {
            ListValue value = validValue(initial.get(i), "values[" + i + "]");
            if (!ids.add(value.valueId()) || !codes.add(value.code().toUpperCase(Locale.ROOT))) {
                throw new InvalidFieldException("values[" + i + "]", "repeats the id or code of another value");
            }
            valid.add(value);
        }
        apply(new PropertyDefinedEvent(command.propertyId(), name, command.type(), unit, valid));
    }

    @CommandHandler
    public void handle(RenamePropertyCommand command) {
        String newName = CatalogNames.name(command.name(), "name");
        String newUnit = unit(type, command.unit());
        if (!newName.equals(name) || !java.util.Objects.equals(newUnit, unit)) {
            apply(new PropertyRenamedEvent(propertyId, newName, newUnit));
        }
    }

    @CommandHandler
    public void handle(AddPropertyValueCommand command) {
        if (!type.isList()) {
            throw new RuleViolationException("not-a-list-property", "Only list properties have values; " + name + " is " + type + ".");
        }
        ListValue value = validValue(new ListValue(command.valueId(), command.code(), command.label()), "");
        if (values.containsKey(value.valueId())) {
            throw new ConflictException("property-value-exists", "Value " + value.valueId() + " already exists.");
        }
        boolean codeTaken = values.values().stream().anyMatch(v -> v.code().equalsIgnoreCase(value.code()));
        if (codeTaken) {
            throw new ConflictException("property-value-code-taken", "Another value of " + name + " has code " + value.code() + ".");
        }
        if (values.size() >= MAX_VALUES) {
            throw new RuleViolationException("too-many-values", "A property has at most " + MAX_VALUES + " values.");
        }
        apply(new PropertyValueAddedEvent(propertyId, value.valueId(), value.code(), value.label()));
    }

    @CommandHandler
    public void handle(RenamePropertyValueCommand command) {
        ValueState value = existingValue(command.valueId());
        String label = CatalogNames.name(command.label(), "label");
        if (!label.equals(value.label())) {
            apply(new PropertyValueRenamedEvent(propertyId, command.valueId(), label));
        }
    }

    @CommandHandler
    public void handle(RetirePropertyValueCommand command) {
        if (!existingValue(command.valueId()).retired()) {
            apply(new PropertyValueRetiredEvent(propertyId, command.valueId()));
        }
    }

    @EventSourcingHandler
    void on(PropertyDefinedEvent event) {
        propertyId = event.propertyId();
        type = event.type();
        name = event.name();
        unit = event.unit();
        event.values().forEach(v -> values.put(v.valueId(), new ValueState(v.code(), v.label(), false)));
    }

    @EventSourcingHandler
    void on(PropertyRenamedEvent event) {
        name = event.name();
        unit = event.unit();
    }

    @EventSourcingHandler
    void on(PropertyValueAddedEvent event) {
        values.put(event.valueId(), new ValueState(event.code(), event.label(), false));
    }

    @EventSourcingHandler
    void on(PropertyValueRenamedEvent event) {
        ValueState value = values.get(event.valueId());
        values.put(event.valueId(), new ValueState(value.code(), event.label(), value.retired()));
    }

    @EventSourcingHandler
    void on(PropertyValueRetiredEvent event) {
        ValueState value = values.get(event.valueId());
        values.put(event.valueId(), new ValueState(value.code(), value.label(), true));
    }

    private ValueState existingValue(String valueId) {
        ValueState value = valueId == null ? null : values.get(valueId);
        if (value == null) {
            throw new NotFoundProblem("Property " + propertyId + " has no value " + valueId + ".");
        }
        return value;
    }

    private static String unit(PropertyType type, String unit) {
        if (unit == null || unit.isBlank()) {
            return null;
        }
        if (type != PropertyType.NUMBER) {
            throw new InvalidFieldException("unit", "only NUMBER properties have a unit");
        }
        if (unit.strip().length() > MAX_UNIT_LENGTH) {
            throw new InvalidFieldException("unit", "must be at most " + MAX_UNIT_LENGTH + " characters");
        }
        return unit.strip();
    }

    private static ListValue validValue(ListValue value, String field) {
        String prefix = field.isEmpty() ? "" : field + ".";
        if (value == null) {
            throw new InvalidFieldException(field, "must not be null");
        }
        CatalogNames.id(value.valueId(), prefix + "valueId");
        if (value.code() == null || !CODE.matcher(value.code()).matches()) {
            throw new InvalidFieldException(prefix + "code", "must be 1-20 letters, digits or _");
        }
        return new ListValue(value.valueId(), value.code().toUpperCase(Locale.ROOT), CatalogNames.name(value.label(), prefix + "label"));
    }
}
