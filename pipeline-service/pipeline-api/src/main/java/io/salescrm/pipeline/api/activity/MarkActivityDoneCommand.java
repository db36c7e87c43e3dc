package io.salescrm.pipeline.api.activity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Marks an activity done with an optional note on its result. Marking a done activity done again records nothing. */
public record MarkActivityDoneCommand(@TargetAggregateIdentifier String activityId, String result) {
}
