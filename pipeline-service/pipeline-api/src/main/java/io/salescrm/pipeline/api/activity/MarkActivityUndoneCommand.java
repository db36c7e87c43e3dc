package io.salescrm.pipeline.api.activity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reopens a done activity. Reopening an activity that is not done records nothing. */
public record MarkActivityUndoneCommand(@TargetAggregateIdentifier String activityId) {
}
