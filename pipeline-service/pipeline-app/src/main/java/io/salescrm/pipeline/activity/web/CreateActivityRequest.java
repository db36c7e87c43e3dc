package io.salescrm.pipeline.activity.web;

import io.salescrm.pipeline.api.activity.ActivityType;
import io.salescrm.pipeline.api.activity.SubjectKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * The body of {@code POST /activities}. {@code dueAt} (ISO instant) is required for TASK and MEETING;
 * {@code responsibleId} defaults to the caller.
 */
public record CreateActivityRequest(
        @NotNull SubjectKind subjectKind,
        @NotBlank @Size(max = 64) String subjectId,
        @NotNull ActivityType type,
        @NotBlank @Size(max = 200) String subject,
        @Size(max = 5000) String description,
        Instant dueAt,
        @Min(0) @Max(10_080) Integer durationMinutes,
        @Size(min = 1, max = 64) String responsibleId) {
}
