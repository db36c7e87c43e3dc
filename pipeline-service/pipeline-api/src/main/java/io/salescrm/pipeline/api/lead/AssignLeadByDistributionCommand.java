package io.salescrm.pipeline.api.lead;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Applies sales-org's distribution decision: the lead goes to {@code employeeId} unless it has a responsible
 * already (assigned by hand meanwhile, or by this same decision delivered before), in which case nothing changes.
 */
public record AssignLeadByDistributionCommand(
        @TargetAggregateIdentifier String leadId,
        String employeeId,
        String ruleId) {
}
