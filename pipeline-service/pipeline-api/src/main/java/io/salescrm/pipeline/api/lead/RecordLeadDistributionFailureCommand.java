package io.salescrm.pipeline.api.lead;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records that sales-org could not distribute the lead ({@code reason}: its machine-readable cause,
 * {@code detail}: the explanation). Ignored when the lead has a responsible or the failure is recorded already.
 */
public record RecordLeadDistributionFailureCommand(
        @TargetAggregateIdentifier String leadId,
        String ruleId,
        String reason,
        String detail) {
}
