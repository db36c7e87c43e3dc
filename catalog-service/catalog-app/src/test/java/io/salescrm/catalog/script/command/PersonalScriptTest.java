package io.salescrm.catalog.script.command;

import io.salescrm.catalog.api.script.DerivePersonalScriptCommand;
import io.salescrm.catalog.api.script.EditPersonalScriptCommand;
import io.salescrm.catalog.api.script.PersonalScriptDerivedEvent;
import io.salescrm.catalog.api.script.PersonalScriptEditedEvent;
import io.salescrm.catalog.api.script.PersonalScriptRebasedEvent;
import io.salescrm.catalog.api.script.RebasePersonalScriptCommand;
import io.salescrm.catalog.api.script.ScriptConflict;
import io.salescrm.catalog.api.script.ScriptStep;
import io.salescrm.platform.rules.ConflictException;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.salescrm.catalog.script.ScriptMother.ASK;
import static io.salescrm.catalog.script.ScriptMother.GREET;
import static io.salescrm.catalog.script.ScriptMother.PRICE;
import static io.salescrm.catalog.script.ScriptMother.STANDARD;
import static io.salescrm.catalog.script.ScriptMother.ask;
import static io.salescrm.catalog.script.ScriptMother.say;

class PersonalScriptTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");
    private static final String ID = "s-1~emp-1";

    private FixtureConfiguration<PersonalScript> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PersonalScript.class);
    }

    @Test
    void aPersonalVersionStartsAsACopyOfItsStandardVersion() {
        fixture.givenCurrentTime(NOW)
                .when(new DerivePersonalScriptCommand(ID, "s-1", "emp-1", 3, "Pump call", STANDARD))
                .expectEvents(derived());
    }

    @Test
    void anEditIsTheNextPersonalVersionOnTheSameBase() {
        List<ScriptStep> mine = List.of(say("greet", "Hi, Oleg here."), ASK, PRICE);
        fixture.given(derived())
                .andGivenCurrentTime(NOW)
                .when(new EditPersonalScriptCommand(ID, 1, "My pump call", mine))
                .expectResultMessagePayload(2L)
                .expectEvents(new PersonalScriptEditedEvent(ID, "s-1", "emp-1", 3, "My pump call", mine, 2, NOW));
    }

    @Test
    void anEditFollowsTheStepRulesAndTheVersion() {
        fixture.given(derived())
                .when(new EditPersonalScriptCommand(ID, 1, "Mine", List.of()))
                .expectException(InvalidFieldException.class).expectNoEvents();
        fixture.given(derived())
                .when(new EditPersonalScriptCommand(ID, 2, "Mine", STANDARD))
                .expectException(ConflictException.class).expectNoEvents();
    }

    @Test
    void aRebaseMergesTheStandardsChangesAndReportsConflicts() {
        List<ScriptStep> mine = List.of(say("greet", "Hi, Oleg here."), ask("needs", "How many pumps?"), PRICE, say("mine", "My closing line"));
        List<ScriptStep> newStandard = List.of(GREET, ask("needs", "What volume per month, and from when?"), say("close", "Shall I send the offer?"));
        fixture.given(derived(), new PersonalScriptEditedEvent(ID, "s-1", "emp-1", 3, "Pump call", mine, 2, NOW))
                .andGivenCurrentTime(NOW)
                .when(new RebasePersonalScriptCommand(ID, 2, 4, newStandard))
                .expectResultMessagePayload(new PersonalScript.RebaseOutcome(3, List.of(
                        new ScriptConflict("needs", ScriptConflict.Reason.BOTH_CHANGED, newStandard.get(1), mine.get(1)))))
                .expectEvents(new PersonalScriptRebasedEvent(ID, "s-1", "emp-1", 4, newStandard, "Pump call",
                        List.of(say("greet", "Hi, Oleg here."), ask("needs", "How many pumps?"), say("mine", "My closing line"),
                                say("close", "Shall I send the offer?")),
                        List.of(new ScriptConflict("needs", ScriptConflict.Reason.BOTH_CHANGED, newStandard.get(1), mine.get(1))),
                        3, NOW));
    }

    @Test
    void onlyANewerStandardVersionCanBeAdopted() {
        fixture.given(derived())
                .when(new RebasePersonalScriptCommand(ID, 1, 3, STANDARD))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    private static PersonalScriptDerivedEvent derived() {
        return new PersonalScriptDerivedEvent(ID, "s-1", "emp-1", 3, STANDARD, "Pump call", STANDARD, 1, NOW);
    }
}
