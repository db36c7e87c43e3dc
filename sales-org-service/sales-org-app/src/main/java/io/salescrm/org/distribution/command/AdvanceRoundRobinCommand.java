package io.salescrm.org.distribution.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Moves rule {@code ruleId}'s round-robin position to {@code employeeId}, after lead {@code leadId} was given to
 * that employee. Sent only after the decision for the lead was recorded; repeating it for the same lead changes
 * nothing. Internal to the distribution feature.
 */
public record AdvanceRoundRobinCommand(@TargetAggregateIdentifier String ruleId, String leadId, String employeeId) {
}
