package io.salescrm.pipeline.activity.command;

import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.pipeline.api.activity.ActivityChangedEvent;
import io.salescrm.pipeline.api.activity.ActivityCreatedEvent;
import io.salescrm.pipeline.api.activity.ActivityDeletedEvent;
import io.salescrm.pipeline.api.activity.ActivityDoneEvent;
import io.salescrm.pipeline.api.activity.ActivityMovedEvent;
import io.salescrm.pipeline.api.activity.ActivityRescheduledEvent;
import io.salescrm.pipeline.api.activity.ActivityType;
import io.salescrm.pipeline.api.activity.ActivityUndoneEvent;
import io.salescrm.pipeline.api.activity.ChangeActivityCommand;
import io.salescrm.pipeline.api.activity.CreateActivityCommand;
import io.salescrm.pipeline.api.activity.DeleteActivityCommand;
import io.salescrm.pipeline.api.activity.MarkActivityDoneCommand;
import io.salescrm.pipeline.api.activity.MarkActivityUndoneCommand;
import io.salescrm.pipeline.api.activity.MoveActivityCommand;
import io.salescrm.pipeline.api.activity.RescheduleActivityCommand;
import io.salescrm.pipeline.api.activity.SubjectKind;
import io.salescrm.platform.access.AccessDeniedProblem;
import io.salescrm.platform.access.ActorPropagation;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.salescrm.pipeline.activity.ActivityMother.DEAL;
import static io.salescrm.pipeline.activity.ActivityMother.DUE;
import static io.salescrm.pipeline.activity.ActivityMother.RESPONSIBLE;
import static io.salescrm.pipeline.activity.ActivityMother.call;
import static io.salescrm.pipeline.activity.ActivityMother.ofType;

class ActivityTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");
    private static final String ID = "activity-1";
    /** The only employee allowed to write in these tests: the responsible himself. */
    private static final ActivityWriteAccess ONLY_OWN = (actor, kind, responsible) -> {
        if (!actor.equals(responsible)) {
            throw new AccessDeniedProblem(EntityType.valueOf(kind.name()), Action.WRITE, "not yours");
        }
    };

    private FixtureConfiguration<Activity> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Activity.class);
        fixture.registerInjectableResource(ONLY_OWN);
    }

    private static ActivityCreatedEvent created() {
        return new ActivityCreatedEvent(ID, SubjectKind.DEAL, DEAL, ActivityType.CALL, "Call the buyer", null, DUE, 15, RESPONSIBLE, NOW);
    }

    private static MetaData by(String actor) {
        return MetaData.with(ActorPropagation.METADATA_KEY, actor);
    }

    @Test
    void creatingAnActivityRecordsItOnItsSubject() {
        fixture.givenCurrentTime(NOW)
                .when(call(ID))
                .expectEvents(created());
    }

    @Test
    void aTaskOrAMeetingNeedsADueTimeANoteDoesNot() {
        fixture.givenNoPriorActivity().when(ofType(ID, ActivityType.TASK, null))
                .expectException(InvalidFieldException.class).expectNoEvents();
        fixture.givenNoPriorActivity().when(ofType(ID, ActivityType.MEETING, null))
                .expectException(InvalidFieldException.class).expectNoEvents();
        fixture.givenCurrentTime(NOW).when(ofType(ID, ActivityType.NOTE, null))
                .expectEvents(new ActivityCreatedEvent(ID, SubjectKind.DEAL, DEAL, ActivityType.NOTE, "Touch", null, null, null, RESPONSIBLE, NOW));
    }

    @Test
    void unboundedOrMissingInputIsRefused() {
        var base = call(ID);
        fixture.givenNoPriorActivity().when(new CreateActivityCommand(ID, base.subjectKind(),
                        base.subjectId(), base.type(), "x".repeat(Activity.MAX_SUBJECT_LENGTH + 1), null, DUE, null, RESPONSIBLE))
                .expectException(InvalidFieldException.class).expectNoEvents();
        fixture.givenNoPriorActivity().when(new CreateActivityCommand(ID, base.subjectKind(),
                        base.subjectId(), base.type(), "Call", null, DUE, Activity.MAX_DURATION_MINUTES + 1, RESPONSIBLE))
                .expectException(InvalidFieldException.class).expectNoEvents();
        fixture.givenNoPriorActivity().when(new CreateActivityCommand(ID, base.subjectKind(),
                        base.subjectId(), base.type(), "Call", null, Instant.parse("2200-01-01T00:00:00Z"), null, RESPONSIBLE))
                .expectException(InvalidFieldException.class).expectNoEvents();
        fixture.givenNoPriorActivity().when(new CreateActivityCommand(ID, null,
                        base.subjectId(), base.type(), "Call", null, DUE, null, RESPONSIBLE))
                .expectException(InvalidFieldException.class).expectNoEvents();
    }

    @Test
    void markingDoneRecordsTheTimeAndTheResultAndIsIdempotent() {
        fixture.given(created()).andGivenCurrentTime(NOW)
                .when(new MarkActivityDoneCommand(ID, " Agreed on a demo "), by(RESPONSIBLE))
                .expectEvents(new ActivityDoneEvent(ID, SubjectKind.DEAL, DEAL, RESPONSIBLE, NOW, "Agreed on a demo"));
        fixture.given(created(), new ActivityDoneEvent(ID, SubjectKind.DEAL, DEAL, RESPONSIBLE, NOW, null))
                .when(new MarkActivityDoneCommand(ID, null), by(RESPONSIBLE))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void undoneReopensOnlyADoneActivity() {
        fixture.given(created(), new ActivityDoneEvent(ID, SubjectKind.DEAL, DEAL, RESPONSIBLE, NOW, null))
                .when(new MarkActivityUndoneCommand(ID), by(RESPONSIBLE))
                .expectEvents(new ActivityUndoneEvent(ID, SubjectKind.DEAL, DEAL));
        fixture.given(created())
                .when(new MarkActivityUndoneCommand(ID), by(RESPONSIBLE))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void reschedulingRecordsThePreviousAndTheNewDueTime() {
        Instant later = DUE.plusSeconds(3600);
        fixture.given(created())
                .when(new RescheduleActivityCommand(ID, later, null), by(RESPONSIBLE))
                .expectEvents(new ActivityRescheduledEvent(ID, SubjectKind.DEAL, DEAL, DUE, later, 15));
        fixture.given(created())
                .when(new RescheduleActivityCommand(ID, DUE, 15), by(RESPONSIBLE))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void aDoneActivityCannotBeRescheduled() {
        fixture.given(created(), new ActivityDoneEvent(ID, SubjectKind.DEAL, DEAL, RESPONSIBLE, NOW, null))
                .when(new RescheduleActivityCommand(ID, DUE.plusSeconds(60), null), by(RESPONSIBLE))
                .expectException(RuleViolationException.class).expectNoEvents();
    }

    @Test
    void aChangeRecordsTheNewValuesAndWhichFieldsChanged() {
        fixture.given(created())
                .when(new ChangeActivityCommand(ID, ActivityType.EMAIL, null, "Send the price list", null), by(RESPONSIBLE))
                .expectEvents(new ActivityChangedEvent(ID, SubjectKind.DEAL, DEAL, ActivityType.EMAIL, "Call the buyer",
                        "Send the price list", RESPONSIBLE, List.of("type", "description")));
        fixture.given(created())
                .when(new ChangeActivityCommand(ID, ActivityType.CALL, "Call the buyer", null, RESPONSIBLE), by(RESPONSIBLE))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void changingANoteIntoATaskNeedsADueTime() {
        fixture.given(new ActivityCreatedEvent(ID, SubjectKind.LEAD, "lead-1", ActivityType.NOTE, "Note", null, null, null, RESPONSIBLE, NOW))
                .when(new ChangeActivityCommand(ID, ActivityType.TASK, null, null, null), by(RESPONSIBLE))
                .expectException(InvalidFieldException.class).expectNoEvents();
    }

    @Test
    void onlyAnEmployeeAllowedToWriteForTheResponsibleMayChangeIt() {
        fixture.given(created())
                .when(new MarkActivityDoneCommand(ID, null), by("someone-else"))
                .expectException(AccessDeniedProblem.class).expectNoEvents();
        fixture.given(created())
                .when(new ChangeActivityCommand(ID, null, null, null, "someone-else"), by(RESPONSIBLE))
                .expectException(AccessDeniedProblem.class).expectNoEvents();
    }

    @Test
    void aDeletedActivityTakesNoMoreCommands() {
        fixture.given(created())
                .when(new DeleteActivityCommand(ID), by(RESPONSIBLE))
                .expectEvents(new ActivityDeletedEvent(ID, SubjectKind.DEAL, DEAL));
        fixture.given(created(), new ActivityDeletedEvent(ID, SubjectKind.DEAL, DEAL))
                .when(new MarkActivityDoneCommand(ID, null), by(RESPONSIBLE))
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void aMergeMovesTheActivityOnceToTheSurvivor() {
        fixture.given(created())
                .when(new MoveActivityCommand(ID, SubjectKind.DEAL, DEAL, "deal-2"))
                .expectEvents(new ActivityMovedEvent(ID, SubjectKind.DEAL, DEAL, "deal-2"));
        fixture.given(created(), new ActivityMovedEvent(ID, SubjectKind.DEAL, DEAL, "deal-2"))
                .when(new MoveActivityCommand(ID, SubjectKind.DEAL, DEAL, "deal-2"))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(created())
                .when(new MoveActivityCommand(ID, SubjectKind.CONTACT, DEAL, "contact-2"))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }
}
