package io.salescrm.pipeline.lead.command;

import io.salescrm.pipeline.api.contact.Phone;
import io.salescrm.pipeline.api.contact.PhoneType;
import io.salescrm.pipeline.api.lead.AbsorbLeadCommand;
import io.salescrm.pipeline.api.lead.AssignLeadByDistributionCommand;
import io.salescrm.pipeline.api.lead.AssignLeadCommand;
import io.salescrm.pipeline.api.lead.ChangeLeadDetailsCommand;
import io.salescrm.pipeline.api.lead.ChangeLeadStatusCommand;
import io.salescrm.pipeline.api.lead.CreateLeadCommand;
import io.salescrm.pipeline.api.lead.LeadAbsorbedEvent;
import io.salescrm.pipeline.api.lead.LeadAssignedEvent;
import io.salescrm.pipeline.api.lead.LeadClosedEvent;
import io.salescrm.pipeline.api.lead.LeadConvertedEvent;
import io.salescrm.pipeline.api.lead.LeadCreatedEvent;
import io.salescrm.pipeline.api.lead.LeadDetails;
import io.salescrm.pipeline.api.lead.LeadDetailsChangedEvent;
import io.salescrm.pipeline.api.lead.LeadDistributionFailedEvent;
import io.salescrm.pipeline.api.lead.LeadMergedIntoEvent;
import io.salescrm.pipeline.api.lead.LeadOutcome;
import io.salescrm.pipeline.api.lead.LeadRemovedEvent;
import io.salescrm.pipeline.api.lead.LeadStatus;
import io.salescrm.pipeline.api.lead.LeadStatusChangedEvent;
import io.salescrm.pipeline.api.lead.MarkLeadConvertedCommand;
import io.salescrm.pipeline.api.lead.MergeLeadIntoCommand;
import io.salescrm.pipeline.api.lead.RecordLeadDistributionFailureCommand;
import io.salescrm.pipeline.api.lead.RemoveLeadCommand;
import io.salescrm.pipeline.api.lead.ReopenLeadCommand;
import io.salescrm.platform.rules.ConflictException;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import org.axonframework.eventsourcing.AggregateDeletedException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.salescrm.pipeline.lead.LeadMother.RESPONSIBLE;
import static io.salescrm.pipeline.lead.LeadMother.create;
import static io.salescrm.pipeline.lead.LeadMother.details;
import static io.salescrm.pipeline.lead.LeadMother.titled;

class LeadTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");
    private static final String ID = "lead-1";

    private FixtureConfiguration<Lead> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Lead.class);
    }

    private static LeadCreatedEvent created() {
        return new LeadCreatedEvent(ID, null, details("Inquiry"), RESPONSIBLE, false, NOW);
    }

    private static LeadCreatedEvent createdUnassigned() {
        return new LeadCreatedEvent(ID, null, titled("Unassigned inquiry"), null, false, NOW);
    }

    @Test
    void aCreatedLeadRecordsItsDetailsResponsibleAndOpenFlag() {
        fixture.givenCurrentTime(NOW)
                .when(create(ID))
                .expectEvents(created());
    }

    @Test
    void theTitleIsRequiredAndBounded() {
        fixture.givenNoPriorActivity()
                .when(new CreateLeadCommand(ID, null, titled(" "), RESPONSIBLE, false))
                .expectException(InvalidFieldException.class);
        fixture.givenNoPriorActivity()
                .when(new CreateLeadCommand(ID, null, titled("x".repeat(201)), RESPONSIBLE, false))
                .expectException(InvalidFieldException.class);
    }

    @Test
    void phonesMustBePhoneNumbersAndListsAreBounded() {
        LeadDetails badPhone = withPhones(List.of(new Phone("call me", PhoneType.WORK)));
        fixture.givenNoPriorActivity()
                .when(new CreateLeadCommand(ID, null, badPhone, RESPONSIBLE, false))
                .expectException(InvalidFieldException.class);
        List<Phone> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(new Phone("+7912345670" + i, PhoneType.WORK));
        }
        fixture.givenNoPriorActivity()
                .when(new CreateLeadCommand(ID, null, withPhones(eleven), RESPONSIBLE, false))
                .expectException(InvalidFieldException.class);
    }

    @Test
    void changedDetailsAreRecordedAndUnchangedOnesAppendNothing() {
        LeadDetails changed = details("Renamed inquiry");
        fixture.givenCurrentTime(NOW).andGiven(created())
                .when(new ChangeLeadDetailsCommand(ID, changed, true))
                .expectEvents(new LeadDetailsChangedEvent(ID, changed, true, NOW));
        fixture.given(created())
                .when(new ChangeLeadDetailsCommand(ID, details("Inquiry"), false))
                .expectNoEvents();
    }

    @Test
    void junkNeedsAReasonAndClosesTheLead() {
        fixture.given(created())
                .when(new ChangeLeadStatusCommand(ID, LeadStatus.JUNK, " "))
                .expectException(InvalidFieldException.class);
        fixture.givenCurrentTime(NOW).andGiven(created())
                .when(new ChangeLeadStatusCommand(ID, LeadStatus.JUNK, "no budget"))
                .expectEvents(new LeadStatusChangedEvent(ID, LeadStatus.NEW, LeadStatus.JUNK, "no budget", NOW),
                        new LeadClosedEvent(ID, LeadOutcome.JUNK));
    }

    @Test
    void everyStatusChangeIsAnEventAndTheSameStatusAgainIsNone() {
        fixture.givenCurrentTime(NOW).andGiven(created())
                .when(new ChangeLeadStatusCommand(ID, LeadStatus.IN_WORK, null))
                .expectEvents(new LeadStatusChangedEvent(ID, LeadStatus.NEW, LeadStatus.IN_WORK, null, NOW));
        fixture.given(created(), new LeadStatusChangedEvent(ID, LeadStatus.NEW, LeadStatus.IN_WORK, null, NOW))
                .when(new ChangeLeadStatusCommand(ID, LeadStatus.IN_WORK, null))
                .expectNoEvents();
    }

    @Test
    void convertedIsSetOnlyByConversion() {
        fixture.given(created())
                .when(new ChangeLeadStatusCommand(ID, LeadStatus.CONVERTED, null))
                .expectException(RuleViolationException.class);
    }

    @Test
    void aJunkLeadComesBackOnlyByReopening() {
        var junk = new LeadStatusChangedEvent(ID, LeadStatus.NEW, LeadStatus.JUNK, "spam", NOW);
        fixture.given(created(), junk)
                .when(new ChangeLeadStatusCommand(ID, LeadStatus.IN_WORK, null))
                .expectException(RuleViolationException.class);
        fixture.givenCurrentTime(NOW).andGiven(created(), junk)
                .when(new ReopenLeadCommand(ID))
                .expectEvents(new LeadStatusChangedEvent(ID, LeadStatus.JUNK, LeadStatus.IN_WORK, null, NOW));
        fixture.given(created())
                .when(new ReopenLeadCommand(ID))
                .expectException(RuleViolationException.class);
    }

    @Test
    void conversionRecordsTheLineageAndClosesTheLead() {
        fixture.givenCurrentTime(NOW).andGiven(created())
                .when(new MarkLeadConvertedCommand(ID, "deal-1", "contact-1", null))
                .expectEvents(new LeadConvertedEvent(ID, "deal-1", "contact-1", null, NOW),
                        new LeadStatusChangedEvent(ID, LeadStatus.NEW, LeadStatus.CONVERTED, null, NOW),
                        new LeadClosedEvent(ID, LeadOutcome.CONVERTED));
    }

    @Test
    void aSecondConversionIsAConflict() {
        fixture.given(created(), new LeadConvertedEvent(ID, "deal-1", null, null, NOW),
                        new LeadStatusChangedEvent(ID, LeadStatus.NEW, LeadStatus.CONVERTED, null, NOW))
                .when(new MarkLeadConvertedCommand(ID, "deal-2", null, null))
                .expectException(ConflictException.class);
    }

    @Test
    void aConversionCreatesSomethingAndAJunkLeadIsNotConverted() {
        fixture.given(created())
                .when(new MarkLeadConvertedCommand(ID, null, null, null))
                .expectException(InvalidFieldException.class);
        fixture.given(created(), new LeadStatusChangedEvent(ID, LeadStatus.NEW, LeadStatus.JUNK, "spam", NOW))
                .when(new MarkLeadConvertedCommand(ID, "deal-1", null, null))
                .expectException(RuleViolationException.class);
    }

    @Test
    void aConvertedLeadsDetailsCannotChange() {
        fixture.given(created(), new LeadStatusChangedEvent(ID, LeadStatus.NEW, LeadStatus.CONVERTED, null, NOW))
                .when(new ChangeLeadDetailsCommand(ID, details("Changed"), false))
                .expectException(RuleViolationException.class);
    }

    @Test
    void assigningByHandRecordsTheNewResponsibleOnce() {
        fixture.given(created())
                .when(new AssignLeadCommand(ID, "manager-2"))
                .expectEvents(new LeadAssignedEvent(ID, "manager-2"));
        fixture.given(created())
                .when(new AssignLeadCommand(ID, RESPONSIBLE))
                .expectNoEvents();
    }

    @Test
    void aDistributionDecisionAssignsAnUnassignedLeadOnlyOnce() {
        fixture.given(createdUnassigned())
                .when(new AssignLeadByDistributionCommand(ID, "manager-3", "rule-1"))
                .expectEvents(new LeadAssignedEvent(ID, "manager-3"));
        fixture.given(createdUnassigned(), new LeadAssignedEvent(ID, "manager-3"))
                .when(new AssignLeadByDistributionCommand(ID, "manager-3", "rule-1"))
                .expectNoEvents();
    }

    @Test
    void aLeadAssignedByHandKeepsItsResponsibleWhenTheDecisionArrives() {
        fixture.given(createdUnassigned(), new LeadAssignedEvent(ID, "manager-9"))
                .when(new AssignLeadByDistributionCommand(ID, "manager-3", "rule-1"))
                .expectNoEvents();
    }

    @Test
    void aDistributionFailureIsRecordedOnceAndOnlyForAnUnassignedLead() {
        var failed = new LeadDistributionFailedEvent(ID, null, "NO_MATCHING_RULE", "No rule.", NOW);
        fixture.givenCurrentTime(NOW).andGiven(createdUnassigned())
                .when(new RecordLeadDistributionFailureCommand(ID, null, "NO_MATCHING_RULE", "No rule."))
                .expectEvents(failed);
        fixture.given(createdUnassigned(), failed)
                .when(new RecordLeadDistributionFailureCommand(ID, null, "NO_MATCHING_RULE", "No rule."))
                .expectNoEvents();
        fixture.given(created())
                .when(new RecordLeadDistributionFailureCommand(ID, null, "NO_MATCHING_RULE", "No rule."))
                .expectNoEvents();
    }

    @Test
    void aRemovedLeadIsGone() {
        fixture.givenCurrentTime(NOW).andGiven(created())
                .when(new RemoveLeadCommand(ID, "import undone"))
                .expectEvents(new LeadRemovedEvent(ID, "import undone", NOW));
        fixture.given(created(), new LeadRemovedEvent(ID, "import undone", NOW))
                .when(new AssignLeadCommand(ID, "manager-2"))
                .expectException(AggregateDeletedException.class);
        fixture.given(created())
                .when(new RemoveLeadCommand(ID, null))
                .expectException(InvalidFieldException.class);
    }

    @Test
    void aMergedLeadIsReadOnly() {
        fixture.givenCurrentTime(NOW).andGiven(created())
                .when(new MergeLeadIntoCommand(ID, "lead-2"))
                .expectEvents(new LeadMergedIntoEvent(ID, "lead-2", NOW));
        fixture.given(created(), new LeadMergedIntoEvent(ID, "lead-2", NOW))
                .when(new ChangeLeadDetailsCommand(ID, details("Changed"), false))
                .expectException(RuleViolationException.class);
        fixture.given(created(), new LeadMergedIntoEvent(ID, "lead-2", NOW))
                .when(new MergeLeadIntoCommand(ID, "lead-2"))
                .expectNoEvents();
        fixture.given(created())
                .when(new MergeLeadIntoCommand(ID, ID))
                .expectException(InvalidFieldException.class);
    }

    @Test
    void theSurvivorAbsorbsWhatItLacksAndKeepsItsOwnValues() {
        LeadDetails own = titled("Survivor");
        LeadDetails merged = details("Merged");
        LeadDetails expected = new LeadDetails("Survivor", merged.name(), merged.companyName(), merged.position(),
                merged.phones(), merged.emails(), null, null, own.source(), null, merged.expectedAmount(), List.of(),
                null, java.util.Map.of());
        fixture.givenCurrentTime(NOW).andGiven(new LeadCreatedEvent(ID, null, own, RESPONSIBLE, false, NOW))
                .when(new AbsorbLeadCommand(ID, "lead-2", merged))
                .expectEvents(new LeadAbsorbedEvent(ID, "lead-2", expected, NOW));
    }

    private static LeadDetails withPhones(List<Phone> phones) {
        LeadDetails d = titled("Inquiry");
        return new LeadDetails(d.title(), d.name(), d.companyName(), d.position(), phones, d.emails(), d.website(),
                d.address(), d.source(), d.sourceNote(), d.expectedAmount(), d.products(), d.comments(), d.customFields());
    }
}
