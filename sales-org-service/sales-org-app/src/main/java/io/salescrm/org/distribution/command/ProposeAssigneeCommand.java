package io.salescrm.org.distribution.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Asks rule {@code ruleId} whom it would give lead {@code leadId} now. Answers an {@link AssigneeProposal} and
 * changes nothing: the round-robin position moves only once the decision is recorded
 * ({@link AdvanceRoundRobinCommand}). Internal to the distribution feature.
 */
public record ProposeAssigneeCommand(@TargetAggregateIdentifier String ruleId, String leadId) {
}
