package io.salescrm.pipeline.api.activity;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** An activity got a new due time; {@code previousDueAt} is the one it had (null when it had none). */
@Revision("1")
public record ActivityRescheduledEvent(
        String activityId,
        SubjectKind subjectKind,
        String subjectId,
        Instant previousDueAt,
        Instant dueAt,
        Integer durationMinutes) {
}
