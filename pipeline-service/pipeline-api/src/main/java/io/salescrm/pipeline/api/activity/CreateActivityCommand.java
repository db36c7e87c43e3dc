package io.salescrm.pipeline.api.activity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Records a touch with a lead, contact, company or deal ({@code subjectKind} + {@code subjectId}). {@code dueAt}
 * is required for TASK and MEETING, optional otherwise; {@code durationMinutes} and {@code description} are
 * optional; {@code responsibleId} is the employee who does it.
 */
public record CreateActivityCommand(
        @TargetAggregateIdentifier String activityId,
        SubjectKind subjectKind,
        String subjectId,
        ActivityType type,
        String subject,
        String description,
        Instant dueAt,
        Integer durationMinutes,
        String responsibleId) {
}
