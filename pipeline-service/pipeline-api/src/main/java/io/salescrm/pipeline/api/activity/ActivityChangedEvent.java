package io.salescrm.pipeline.api.activity;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * An activity's type, subject text, description or responsible employee changed; carries the values after the
 * change and the names of the fields that changed ({@code changedFields}).
 */
@Revision("1")
public record ActivityChangedEvent(
        String activityId,
        SubjectKind subjectKind,
        String subjectId,
        ActivityType type,
        String subject,
        String description,
        String responsibleId,
        List<String> changedFields) {
}
