package io.salescrm.pipeline.api.activity;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** An activity was recorded on a lead, contact, company or deal. The first event of the activity aggregate. */
@Revision("1")
public record ActivityCreatedEvent(
        String activityId,
        SubjectKind subjectKind,
        String subjectId,
        ActivityType type,
        String subject,
        String description,
        Instant dueAt,
        Integer durationMinutes,
        String responsibleId,
        Instant createdAt) {
}
