package io.salescrm.pipeline.api.activity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Moves an open activity to a new due time (and optionally a new duration; null keeps the current one). */
public record RescheduleActivityCommand(
        @TargetAggregateIdentifier String activityId,
        Instant dueAt,
        Integer durationMinutes) {
}
