package io.salescrm.pipeline.activity.command;

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
import io.salescrm.platform.access.ActorPropagation;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

/**
 * A touch with a lead, contact, company or deal: a call, meeting, email, task or note. Event-sourced. Commands
 * from a signed-in employee (metadata {@code actorId}) are checked by {@link ActivityWriteAccess} against the
 * activity's current responsible; the service's own commands (moves after a merge) carry no actor.
 */
@Aggregate
public class Activity {

    static final int MAX_SUBJECT_LENGTH = 200;
    static final int MAX_DESCRIPTION_LENGTH = 5000;
    static final int MAX_RESULT_LENGTH = 2000;
    static final int MAX_ID_LENGTH = 64;
    /** A week. */
    static final int MAX_DURATION_MINUTES = 7 * 24 * 60;
    static final Instant EARLIEST_DUE = Instant.parse("2000-01-01T00:00:00Z");
    static final Instant LATEST_DUE = Instant.parse("2100-01-01T00:00:00Z");

    @AggregateIdentifier
    private String activityId;
    private SubjectKind subjectKind;
    private String subjectId;
    private ActivityType type;
    private String subject;
    private String description;
    private Instant dueAt;
    private Integer durationMinutes;
    private String responsibleId;
    private boolean done;

    protected Activity() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    public Activity(CreateActivityCommand command) {
        if (command.subjectKind() == null) {
            throw new InvalidFieldException("subjectKind", "must not be null");
        }
        requireId("subjectId", command.subjectId());
        if (command.type() == null) {
            throw new InvalidFieldException("type", "must not be null");
        }
        requireText("subject", command.subject(), MAX_SUBJECT_LENGTH, true);
        requireText("description", command.description(), MAX_DESCRIPTION_LENGTH, false);
        requireDue(command.type(), command.dueAt());
        requireDuration(command.durationMinutes());
        requireId("responsibleId", command.responsibleId());
        apply(new ActivityCreatedEvent(command.activityId(), command.subjectKind(), command.subjectId(), command.type(),
                command.subject().strip(), blankToNull(command.description()), command.dueAt(),
                command.durationMinutes(), command.responsibleId(), GenericEventMessage.clock.instant()));
    }

    @CommandHandler
    void handle(ChangeActivityCommand command, @MetaDataValue(ActorPropagation.METADATA_KEY) String actorId,
                ActivityWriteAccess access) {
        requireWritable(actorId, access, responsibleId);
        ActivityType newType = command.type() != null ? command.type() : type;
        String newSubject = subject;
        if (command.subject() != null) {
            requireText("subject", command.subject(), MAX_SUBJECT_LENGTH, true);
            newSubject = command.subject().strip();
        }
        String newDescription = description;
        if (command.description() != null) {
            requireText("description", command.description(), MAX_DESCRIPTION_LENGTH, false);
            newDescription = blankToNull(command.description());
        }
        String newResponsible = responsibleId;
        if (command.responsibleId() != null) {
            requireId("responsibleId", command.responsibleId());
            newResponsible = command.responsibleId();
            requireWritable(actorId, access, newResponsible);
        }
        requireDue(newType, dueAt);
        List<String> changed = new ArrayList<>();
        addIfChanged(changed, "type", type, newType);
        addIfChanged(changed, "subject", subject, newSubject);
        addIfChanged(changed, "description", description, newDescription);
        addIfChanged(changed, "responsibleId", responsibleId, newResponsible);
        if (!changed.isEmpty()) {
            apply(new ActivityChangedEvent(activityId, subjectKind, subjectId, newType, newSubject, newDescription,
                    newResponsible, List.copyOf(changed)));
        }
    }

    @CommandHandler
    void handle(RescheduleActivityCommand command, @MetaDataValue(ActorPropagation.METADATA_KEY) String actorId,
                ActivityWriteAccess access) {
        requireWritable(actorId, access, responsibleId);
        if (done) {
            throw new RuleViolationException("activity-done", "A done activity cannot be rescheduled; mark it undone first.");
        }
        if (command.dueAt() == null) {
            throw new InvalidFieldException("dueAt", "must not be null");
        }
        requireDue(type, command.dueAt());
        requireDuration(command.durationMinutes());
        Integer newDuration = command.durationMinutes() != null ? command.durationMinutes() : durationMinutes;
        if (!command.dueAt().equals(dueAt) || !Objects.equals(newDuration, durationMinutes)) {
            apply(new ActivityRescheduledEvent(activityId, subjectKind, subjectId, dueAt, command.dueAt(), newDuration));
        }
    }

    @CommandHandler
    void handle(MarkActivityDoneCommand command, @MetaDataValue(ActorPropagation.METADATA_KEY) String actorId,
                ActivityWriteAccess access) {
        requireWritable(actorId, access, responsibleId);
        requireText("result", command.result(), MAX_RESULT_LENGTH, false);
        if (!done) {
            apply(new ActivityDoneEvent(activityId, subjectKind, subjectId, responsibleId,
                    GenericEventMessage.clock.instant(), blankToNull(command.result())));
        }
    }

    @CommandHandler
    void handle(MarkActivityUndoneCommand command, @MetaDataValue(ActorPropagation.METADATA_KEY) String actorId,
                ActivityWriteAccess access) {
        requireWritable(actorId, access, responsibleId);
        if (done) {
            apply(new ActivityUndoneEvent(activityId, subjectKind, subjectId));
        }
    }

    @CommandHandler
    void handle(DeleteActivityCommand command, @MetaDataValue(ActorPropagation.METADATA_KEY) String actorId,
                ActivityWriteAccess access) {
        requireWritable(actorId, access, responsibleId);
        apply(new ActivityDeletedEvent(activityId, subjectKind, subjectId));
    }

    @CommandHandler
    void handle(MoveActivityCommand command) {
        if (command.subjectKind() == subjectKind && command.fromSubjectId().equals(subjectId)
                && !command.toSubjectId().equals(subjectId)) {
            apply(new ActivityMovedEvent(activityId, subjectKind, subjectId, command.toSubjectId()));
        }
    }

    @EventSourcingHandler
    void on(ActivityCreatedEvent event) {
        activityId = event.activityId();
        subjectKind = event.subjectKind();
        subjectId = event.subjectId();
        type = event.type();
        subject = event.subject();
        description = event.description();
        dueAt = event.dueAt();
        durationMinutes = event.durationMinutes();
        responsibleId = event.responsibleId();
    }

    @EventSourcingHandler
    void on(ActivityChangedEvent event) {
        type = event.type();
        subject = event.subject();
        description = event.description();
        responsibleId = event.responsibleId();
    }

    @EventSourcingHandler
    void on(ActivityRescheduledEvent event) {
        dueAt = event.dueAt();
        durationMinutes = event.durationMinutes();
    }

    @EventSourcingHandler
    void on(ActivityDoneEvent event) {
        done = true;
    }

    @EventSourcingHandler
    void on(ActivityUndoneEvent event) {
        done = false;
    }

    @EventSourcingHandler
    void on(ActivityMovedEvent event) {
        subjectId = event.toSubjectId();
    }

    @EventSourcingHandler
    void on(ActivityDeletedEvent event) {
        markDeleted();
    }

    private void requireWritable(String actorId, ActivityWriteAccess access, String responsible) {
        if (actorId != null) {
            access.requireWrite(actorId, subjectKind, responsible);
        }
    }

    private static void addIfChanged(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    private static void requireDue(ActivityType type, Instant dueAt) {
        if (dueAt == null) {
            if (type.needsDueTime()) {
                throw new InvalidFieldException("dueAt", "is required for a " + type);
            }
            return;
        }
        if (dueAt.isBefore(EARLIEST_DUE) || !dueAt.isBefore(LATEST_DUE)) {
            throw new InvalidFieldException("dueAt", "must be in the years 2000 to 2099");
        }
    }

    private static void requireDuration(Integer minutes) {
        if (minutes != null && (minutes < 0 || minutes > MAX_DURATION_MINUTES)) {
            throw new InvalidFieldException("durationMinutes", "must be between 0 and " + MAX_DURATION_MINUTES);
        }
    }

    private static void requireId(String field, String id) {
        if (id == null || id.isBlank()) {
            throw new InvalidFieldException(field, "must not be blank");
        }
        if (id.length() > MAX_ID_LENGTH) {
            throw new InvalidFieldException(field, "must be at most " + MAX_ID_LENGTH + " characters");
        }
    }

    private static void requireText(String field, String text, int maxLength, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw new InvalidFieldException(field, "must not be blank");
            }
            return;
        }
        if (text.length() > maxLength) {
            throw new InvalidFieldException(field, "must be at most " + maxLength + " characters");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
