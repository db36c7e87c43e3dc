package io.salescrm.pipeline.activity.query;

import io.salescrm.pipeline.api.activity.ActivityChangedEvent;
import io.salescrm.pipeline.api.activity.ActivityCreatedEvent;
import io.salescrm.pipeline.api.activity.ActivityDeletedEvent;
import io.salescrm.pipeline.api.activity.ActivityDoneEvent;
import io.salescrm.pipeline.api.activity.ActivityMovedEvent;
import io.salescrm.pipeline.api.activity.ActivityRescheduledEvent;
import io.salescrm.pipeline.api.activity.ActivityUndoneEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.function.UnaryOperator;

/**
 * Keeps {@code activities} up to date from the local event store. Each change applies only to a document whose
 * version is below the event's sequence number, so a replayed event leaves the document as it was.
 */
@Component
@ProcessingGroup("activity-view")
public class ActivityViewProjection {

    private final MongoTemplate mongo;

    public ActivityViewProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ActivityCreatedEvent event, @SequenceNumber long sequence) {
        mongo.save(new ActivityView(event.activityId(), event.subjectKind(), event.subjectId(), event.type(),
                event.subject(), event.description(), event.dueAt(), event.durationMinutes(), event.responsibleId(),
                false, null, null, event.createdAt(), sequence));
    }

    @EventHandler
    void on(ActivityChangedEvent event, @SequenceNumber long sequence) {
        update(event.activityId(), sequence, v -> new ActivityView(v.id(), v.subjectKind(), v.subjectId(), event.type(),
                event.subject(), event.description(), v.dueAt(), v.durationMinutes(), event.responsibleId(), v.done(),
                v.doneAt(), v.result(), v.createdAt(), sequence));
    }

    @EventHandler
    void on(ActivityRescheduledEvent event, @SequenceNumber long sequence) {
        update(event.activityId(), sequence, v -> new ActivityView(v.id(), v.subjectKind(), v.subjectId(), v.type(),
                v.subject(), v.description(), event.dueAt(), event.durationMinutes(), v.responsibleId(), v.done(),
                v.doneAt(), v.result(), v.createdAt(), sequence));
    }

    @EventHandler
    void on(ActivityDoneEvent event, @SequenceNumber long sequence) {
        update(event.activityId(), sequence, v -> new ActivityView(v.id(), v.subjectKind(), v.subjectId(), v.type(),
                v.subject(), v.description(), v.dueAt(), v.durationMinutes(), v.responsibleId(), true,
                event.doneAt(), event.result(), v.createdAt(), sequence));
    }

    @EventHandler
    void on(ActivityUndoneEvent event, @SequenceNumber long sequence) {
        update(event.activityId(), sequence, v -> new ActivityView(v.id(), v.subjectKind(), v.subjectId(), v.type(),
                v.subject(), v.description(), v.dueAt(), v.durationMinutes(), v.responsibleId(), false,
                null, null, v.createdAt(), sequence));
    }

    @EventHandler
    void on(ActivityMovedEvent event, @SequenceNumber long sequence) {
        update(event.activityId(), sequence, v -> new ActivityView(v.id(), v.subjectKind(), event.toSubjectId(), v.type(),
                v.subject(), v.description(), v.dueAt(), v.durationMinutes(), v.responsibleId(), v.done(),
                v.doneAt(), v.result(), v.createdAt(), sequence));
    }

    @EventHandler
    void on(ActivityDeletedEvent event) {
        ActivityView view = mongo.findById(event.activityId(), ActivityView.class);
        if (view != null) {
            mongo.remove(view);
        }
    }

    private void update(String id, long sequence, UnaryOperator<ActivityView> change) {
        ActivityView view = mongo.findById(id, ActivityView.class);
        if (view != null && view.version() < sequence) {
            mongo.save(change.apply(view));
        }
    }
}
