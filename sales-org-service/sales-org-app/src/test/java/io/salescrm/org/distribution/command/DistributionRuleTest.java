package io.salescrm.org.distribution.command;

import io.salescrm.org.api.distribution.ChangeDistributionRuleCommand;
import io.salescrm.org.api.distribution.CreateDistributionRuleCommand;
import io.salescrm.org.api.distribution.DeleteDistributionRuleCommand;
import io.salescrm.org.api.distribution.DistributionRuleChangedEvent;
import io.salescrm.org.api.distribution.DistributionRuleCreatedEvent;
import io.salescrm.org.api.distribution.DistributionRuleDeletedEvent;
import io.salescrm.org.api.distribution.LeadAssignmentFailureReason;
import io.salescrm.org.api.distribution.RoundRobinAdvancedEvent;
import io.salescrm.org.distribution.command.DistributionRoster.UnitStatus;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import org.axonframework.eventsourcing.AggregateDeletedException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.salescrm.org.api.distribution.DistributionStrategy.FEWEST_OPEN_LEADS;
import static io.salescrm.org.api.distribution.DistributionStrategy.ROUND_ROBIN;
import static io.salescrm.org.distribution.DistributionMother.UNIT;
import static io.salescrm.org.distribution.DistributionMother.roundRobinRule;
import static io.salescrm.org.distribution.DistributionMother.rule;
import static io.salescrm.org.distribution.DistributionMother.ruleCreated;

class DistributionRuleTest {

    private static final String RULE = "rule-1";

    private FixtureConfiguration<DistributionRule> fixture;
    private FakeRoster roster;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DistributionRule.class);
        roster = new FakeRoster().unit(UNIT, UnitStatus.OPEN);
        fixture.registerInjectableResource(roster);
    }

    // --- defining rules ---

    @Test
    void creatingARuleRecordsItsDefinitionWithSourcesDistinctInTheirDeclaredOrder() {
        fixture.givenNoPriorActivity()
                .when(new CreateDistributionRuleCommand(RULE, "  Web and calls  ", List.of("CALL", "WEBSITE", "CALL"),
                        "pipeline-1", UNIT, ROUND_ROBIN, null, 5))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new DistributionRuleCreatedEvent(RULE, "Web and calls", List.of("WEBSITE", "CALL"),
                        "pipeline-1", UNIT, ROUND_ROBIN, null, 5));
    }

    @Test
    void anUnknownTargetUnitIsRefusedAsNotFound() {
        fixture.givenNoPriorActivity()
                .when(new CreateDistributionRuleCommand(RULE, "Rule", List.of(), null, "no-such-unit", ROUND_ROBIN, null, 1))
                .expectException(UnknownReferenceException.class)
                .expectExceptionMessage("No unit with id no-such-unit.")
                .expectNoEvents();
    }

    @Test
    void aClosedTargetUnitIsRefused() {
        roster.unit("closed-unit", UnitStatus.CLOSED);
        fixture.givenNoPriorActivity()
                .when(new CreateDistributionRuleCommand(RULE, "Rule", List.of(), null, "closed-unit", ROUND_ROBIN, null, 1))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void anUnknownFallbackEmployeeIsRefusedAsNotFound() {
        fixture.givenNoPriorActivity()
                .when(rule(RULE, ROUND_ROBIN, "nobody"))
                .expectException(UnknownReferenceException.class)
                .expectNoEvents();
    }

    @Test
    void anInactiveFallbackEmployeeIsRefused() {
        roster.employee("gone", false, "other-unit");
        fixture.givenNoPriorActivity()
                .when(rule(RULE, ROUND_ROBIN, "gone"))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Employee gone is not active and cannot be the fallback.")
                .expectNoEvents();
    }

    @Test
    void anUnknownLeadSourceIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new CreateDistributionRuleCommand(RULE, "Rule", List.of("FAX"), null, UNIT, ROUND_ROBIN, null, 1))
                .expectException(InvalidFieldException.class)
                .expectNoEvents();
    }

    @Test
    void aBlankNameIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new CreateDistributionRuleCommand(RULE, "  ", List.of(), null, UNIT, ROUND_ROBIN, null, 1))
                .expectException(InvalidFieldException.class)
                .expectExceptionMessage("must not be blank")
                .expectNoEvents();
    }

    @Test
    void aPriorityOutOfRangeIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new CreateDistributionRuleCommand(RULE, "Rule", List.of(), null, UNIT, ROUND_ROBIN, null, -1))
                .expectException(InvalidFieldException.class)
                .expectNoEvents();
    }

    @Test
    void aMissingStrategyIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new CreateDistributionRuleCommand(RULE, "Rule", List.of(), null, UNIT, null, null, 1))
                .expectException(InvalidFieldException.class)
                .expectNoEvents();
    }

    @Test
    void changingARuleRecordsTheNewDefinition() {
        roster.employee("boss", true, "head-office");
        fixture.given(ruleCreated(RULE, ROUND_ROBIN, null))
                .when(new ChangeDistributionRuleCommand(RULE, "Any lead", List.of("MAP"), "pipeline-2", UNIT,
                        FEWEST_OPEN_LEADS, "boss", 3))
                .expectEvents(new DistributionRuleChangedEvent(RULE, "Any lead", List.of("MAP"), "pipeline-2", UNIT,
                        FEWEST_OPEN_LEADS, "boss", 3));
    }

    @Test
    void changingARuleToWhatItAlreadyIsRecordsNothing() {
        fixture.given(ruleCreated(RULE, ROUND_ROBIN, null))
                .when(new ChangeDistributionRuleCommand(RULE, "Any lead", List.of(), null, UNIT, ROUND_ROBIN, null, 10))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aChangeIsValidatedLikeACreation() {
        fixture.given(ruleCreated(RULE, ROUND_ROBIN, null))
                .when(new ChangeDistributionRuleCommand(RULE, "Any lead", List.of(), null, "no-such-unit", ROUND_ROBIN, null, 10))
                .expectException(UnknownReferenceException.class)
                .expectNoEvents();
    }

    @Test
    void deletingARuleRecordsIt() {
        fixture.given(ruleCreated(RULE, ROUND_ROBIN, null))
                .when(new DeleteDistributionRuleCommand(RULE))
                .expectEvents(new DistributionRuleDeletedEvent(RULE));
    }

    @Test
    void aDeletedRuleTakesNoFurtherCommands() {
        fixture.given(ruleCreated(RULE, ROUND_ROBIN, null), new DistributionRuleDeletedEvent(RULE))
                .when(new ProposeAssigneeCommand(RULE, "lead-1"))
                .expectException(AggregateDeletedException.class)
                .expectNoEvents();
    }

    // --- round robin ---

    @Test
    void roundRobinStartsWithTheSmallestActiveEmployeeIdAndProposingChangesNothing() {
        roster.employee("m-c", true, UNIT).employee("m-a", true, UNIT).employee("m-b", true, UNIT);
        fixture.given(ruleCreated(RULE, ROUND_ROBIN, null))
                .when(new ProposeAssigneeCommand(RULE, "lead-1"))
                .expectNoEvents()
                .expectResultMessagePayload(new AssigneeProposal(RULE, ROUND_ROBIN, "m-a", false, null, null));
    }

    @Test
    void roundRobinContinuesAfterTheLastEmployeePicked() {
        roster.employee("m-a", true, UNIT).employee("m-b", true, UNIT).employee("m-c", true, UNIT);
        fixture.given(ruleCreated(RULE, ROUND_ROBIN, null), new RoundRobinAdvancedEvent(RULE, "lead-1", "m-a"))
                .when(new ProposeAssigneeCommand(RULE, "lead-2"))
                .expectResultMessagePayload(AssigneeProposal.of(RULE, ROUND_ROBIN, "m-b"));
    }

    @Test
    void roundRobinWrapsAroundAfterTheLastEmployee() {
        roster.employee("m-a", true, UNIT).employee("m-b", true, UNIT).employee("m-c", true, UNIT);
        fixture.given(ruleCreated(RULE, ROUND_ROBIN, null), new RoundRobinAdvancedEvent(RULE, "lead-3", "m-c"))
                .when(new ProposeAssigneeCommand(RULE, "lead-4"))
                .expectResultMessagePayload(AssigneeProposal.of(RULE, ROUND_ROBIN, "m-a"));
    }

    @Test
    void roundRobinSkipsInactiveEmployeesAndKeepsItsPlaceWhenTheLastPickedLeft() {
        // m-b got the last lead and was then deactivated: the next is the first active id after m-b
        roster.employee("m-a", true, UNIT).employee("m-b", false, UNIT).employee("m-c", true, UNIT);
        fixture.given(ruleCreated(RULE, ROUND_ROBIN, null), new RoundRobinAdvancedEvent(RULE, "lead-2", "m-b"))
                .when(new ProposeAssigneeCommand(RULE, "lead-3"))
                .expectResultMessagePayload(AssigneeProposal.of(RULE, ROUND_ROBIN, "m-c"));
    }

    @Test
    void furtherMembersOfTheTargetUnitAreCandidatesToo() {
        roster.employee("m-b", true, "other-unit", UNIT).employee("m-z", true, "other-unit");
        fixture.given(ruleCreated(RULE, ROUND_ROBIN, null))
                .when(new ProposeAssigneeCommand(RULE, "lead-1"))
                .expectResultMessagePayload(AssigneeProposal.of(RULE, ROUND_ROBIN, "m-b"));
    }

    @Test
    void advancingRecordsTheDecidedEmployeeAsTheNewPosition() {
        fixture.given(ruleCreated(RULE, ROUND_ROBIN, null))
                .when(new AdvanceRoundRobinCommand(RULE, "lead-1", "m-a"))
                .expectEvents(new RoundRobinAdvancedEvent(RULE, "lead-1", "m-a"));
    }

    @Test
    void advancingTwiceForTheSameLeadMovesThePositionOnce() {
        fixture.given(ruleCreated(RULE, ROUND_ROBIN, null), new RoundRobinAdvancedEvent(RULE, "lead-1", "m-a"))
                .when(new AdvanceRoundRobinCommand(RULE, "lead-1", "m-a"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    // --- fewest open leads ---

    @Test
    void fewestOpenLeadsPicksTheEmployeeWithTheFewest() {
        roster.employee("m-a", true, UNIT).employee("m-b", true, UNIT).employee("m-c", true, UNIT)
                .openLeads("m-a", 3).openLeads("m-b", 1).openLeads("m-c", 2);
        fixture.given(ruleCreated(RULE, FEWEST_OPEN_LEADS, null))
                .when(new ProposeAssigneeCommand(RULE, "lead-1"))
                .expectNoEvents()
                .expectResultMessagePayload(AssigneeProposal.of(RULE, FEWEST_OPEN_LEADS, "m-b"));
    }

    @Test
    void fewestOpenLeadsBreaksTiesByEmployeeIdAndCountsNoLeadsAsZero() {
        roster.employee("m-c", true, UNIT).employee("m-b", true, UNIT).employee("m-a", true, UNIT)
                .openLeads("m-a", 2);
        fixture.given(ruleCreated(RULE, FEWEST_OPEN_LEADS, null))
                .when(new ProposeAssigneeCommand(RULE, "lead-1"))
                .expectResultMessagePayload(AssigneeProposal.of(RULE, FEWEST_OPEN_LEADS, "m-b"));
    }

    // --- nobody active ---

    @Test
    void withNobodyActiveTheActiveFallbackEmployeeGetsTheLead() {
        roster.employee("m-a", false, UNIT).employee("boss", true, "head-office");
        fixture.given(ruleCreated(RULE, ROUND_ROBIN, "boss"))
                .when(new ProposeAssigneeCommand(RULE, "lead-1"))
                .expectNoEvents()
                .expectResultMessagePayload(new AssigneeProposal(RULE, ROUND_ROBIN, "boss", true, null, null));
    }

    @Test
    void withNobodyActiveAndNoFallbackNobodyIsProposed() {
        roster.employee("m-a", false, UNIT);
        fixture.given(ruleCreated(RULE, ROUND_ROBIN, null))
                .when(new ProposeAssigneeCommand(RULE, "lead-1"))
                .expectResultMessagePayload(new AssigneeProposal(RULE, ROUND_ROBIN, null, false,
                        LeadAssignmentFailureReason.NO_ACTIVE_EMPLOYEE,
                        "Unit " + UNIT + " has no active employee and the rule has no fallback employee."));
    }

    @Test
    void withNobodyActiveAndAnInactiveFallbackNobodyIsProposed() {
        roster.employee("boss", false, "head-office");
        fixture.given(ruleCreated(RULE, FEWEST_OPEN_LEADS, "boss"))
                .when(new ProposeAssigneeCommand(RULE, "lead-1"))
                .expectResultMessagePayload(new AssigneeProposal(RULE, FEWEST_OPEN_LEADS, null, false,
                        LeadAssignmentFailureReason.NO_ACTIVE_EMPLOYEE,
                        "Unit " + UNIT + " has no active employee and the fallback employee boss is not active."));
    }

    @Test
    void aClosedTargetUnitHasNobodyToGiveLeadsTo() {
        roster.unit(UNIT, UnitStatus.CLOSED).employee("m-a", true, UNIT).employee("boss", true, "head-office");
        fixture.given(ruleCreated(RULE, ROUND_ROBIN, "boss"))
                .when(new ProposeAssigneeCommand(RULE, "lead-1"))
                .expectResultMessagePayload(new AssigneeProposal(RULE, ROUND_ROBIN, "boss", true, null, null));
    }

    @Test
    void theMotherRuleIsValid() {
        fixture.givenNoPriorActivity()
                .when(roundRobinRule(RULE))
                .expectSuccessfulHandlerExecution();
    }
}
