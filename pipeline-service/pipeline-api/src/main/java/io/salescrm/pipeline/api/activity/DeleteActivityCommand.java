package io.salescrm.pipeline.api.activity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Deletes an activity. Its history stays in the event store; it vanishes from lists and takes no more commands. */
public record DeleteActivityCommand(@TargetAggregateIdentifier String activityId) {
}
