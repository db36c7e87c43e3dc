package io.salescrm.org.api.distribution;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * A lead distribution rule was set up. It applies to leads created without a responsible whose source is one of
 * {@code sources} (names of the pipeline service's {@code LeadSource}; empty = any source) and whose pipeline is
 * {@code pipelineId} (null = any pipeline). The matching rule with the lowest {@code priority} number wins (then
 * the older rule, then the smaller id). It picks among the active employees of {@code targetUnitId} (primary or
 * further members) by {@code strategy}; when nobody there is active, the lead goes to
 * {@code fallbackEmployeeId} (null = none) if that employee is active. First event of the rule aggregate
 * {@code ruleId}.
 */
@Revision("1")
public record DistributionRuleCreatedEvent(
        String ruleId,
        String name,
        List<String> sources,
        String pipelineId,
        String targetUnitId,
        DistributionStrategy strategy,
        String fallbackEmployeeId,
        int priority) {
}
