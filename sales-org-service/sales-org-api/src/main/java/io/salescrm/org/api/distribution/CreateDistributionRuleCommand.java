package io.salescrm.org.api.distribution;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Sets up a lead distribution rule (fields as in {@link DistributionRuleCreatedEvent}). */
public record CreateDistributionRuleCommand(
        @TargetAggregateIdentifier String ruleId,
        String name,
        List<String> sources,
        String pipelineId,
        String targetUnitId,
        DistributionStrategy strategy,
        String fallbackEmployeeId,
        int priority) {
}
