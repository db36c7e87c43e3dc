package io.salescrm.org.api.distribution;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Redefines a lead distribution rule as a whole (fields as in {@link DistributionRuleCreatedEvent}). */
public record ChangeDistributionRuleCommand(
        @TargetAggregateIdentifier String ruleId,
        String name,
        List<String> sources,
        String pipelineId,
        String targetUnitId,
        DistributionStrategy strategy,
        String fallbackEmployeeId,
        int priority) {
}
