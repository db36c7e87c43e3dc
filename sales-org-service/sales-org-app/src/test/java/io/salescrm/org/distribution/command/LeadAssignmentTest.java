package io.salescrm.org.distribution.command;

import io.salescrm.org.api.distribution.LeadAssignmentDecidedEvent;
import io.salescrm.org.api.distribution.LeadAssignmentFailedEvent;
import io.salescrm.org.api.distribution.LeadAssignmentFailureReason;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.salescrm.org.api.distribution.DistributionStrategy.ROUND_ROBIN;

class LeadAssignmentTest {

    private FixtureConfiguration<LeadAssignment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(LeadAssignment.class);
    }

    @Test
    void aDecisionIsTheLeadsOnlyEvent() {
        fixture.givenNoPriorActivity()
                .when(new DecideLeadAssignmentCommand("lead-1", "m-a", "rule-1", ROUND_ROBIN, false))
                .expectEvents(new LeadAssignmentDecidedEvent("lead-1", "m-a", "rule-1", ROUND_ROBIN, false));
    }

    @Test
    void aFailureIsRecordedWithItsReason() {
        fixture.givenNoPriorActivity()
                .when(new RecordLeadAssignmentFailureCommand("lead-1", null, LeadAssignmentFailureReason.NO_MATCHING_RULE, "No rule."))
                .expectEvents(new LeadAssignmentFailedEvent("lead-1", null, LeadAssignmentFailureReason.NO_MATCHING_RULE, "No rule."));
    }

    @Test
    void anOverlongFailureDetailIsCut() {
        String detail = "x".repeat(LeadAssignment.MAX_DETAIL_LENGTH + 50);
        fixture.givenNoPriorActivity()
                .when(new RecordLeadAssignmentFailureCommand("lead-1", "rule-1", LeadAssignmentFailureReason.NO_ACTIVE_EMPLOYEE, detail))
                .expectEvents(new LeadAssignmentFailedEvent("lead-1", "rule-1", LeadAssignmentFailureReason.NO_ACTIVE_EMPLOYEE,
                        detail.substring(0, LeadAssignment.MAX_DETAIL_LENGTH)));
    }

    /** The fixture's store refuses a second first event like the JDBC store (which reports AggregateStreamCreationException). */
    @Test
    void aLeadThatHasAnOutcomeCannotGetASecondOne() {
        fixture.given(new LeadAssignmentDecidedEvent("lead-1", "m-a", "rule-1", ROUND_ROBIN, false))
                .when(new DecideLeadAssignmentCommand("lead-1", "m-b", "rule-1", ROUND_ROBIN, false))
                .expectException(EventStoreException.class)
                .expectNoEvents();
    }
}
