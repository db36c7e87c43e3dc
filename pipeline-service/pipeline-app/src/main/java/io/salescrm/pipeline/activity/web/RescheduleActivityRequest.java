package io.salescrm.pipeline.activity.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;

/** The body of {@code POST /activities/{id}/reschedule}; a missing duration keeps the current one. */
public record RescheduleActivityRequest(@NotNull Instant dueAt, @Min(0) @Max(10_080) Integer durationMinutes) {
}
