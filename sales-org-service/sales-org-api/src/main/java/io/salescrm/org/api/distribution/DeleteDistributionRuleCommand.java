package io.salescrm.org.api.distribution;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Removes a lead distribution rule. */
public record DeleteDistributionRuleCommand(@TargetAggregateIdentifier String ruleId) {
}
