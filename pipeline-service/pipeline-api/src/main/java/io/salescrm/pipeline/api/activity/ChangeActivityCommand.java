package io.salescrm.pipeline.api.activity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Changes what an activity is about. A null field stays as it is; an empty {@code description} clears it.
 * A change that changes nothing records nothing.
 */
public record ChangeActivityCommand(
        @TargetAggregateIdentifier String activityId,
        ActivityType type,
        String subject,
        String description,
        String responsibleId) {
}
