package io.salescrm.org.api.distribution;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * A distribution rule was redefined; every field carries its new value (meanings as in
 * {@link DistributionRuleCreatedEvent}). The round-robin position of the rule is kept.
 */
@Revision("1")
public record DistributionRuleChangedEvent(
        String ruleId,
        String name,
        List<String> sources,
        String pipelineId,
        String targetUnitId,
        DistributionStrategy strategy,
        String fallbackEmployeeId,
        int priority) {
}
