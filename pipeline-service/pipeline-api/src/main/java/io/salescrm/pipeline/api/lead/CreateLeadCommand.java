package io.salescrm.pipeline.api.lead;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers a lead in status NEW. {@code responsibleId} null leaves the lead to sales-org's distribution;
 * {@code pipelineId} (may be null) lets distribution rules select leads by pipeline.
 */
public record CreateLeadCommand(
        @TargetAggregateIdentifier String leadId,
        String pipelineId,
        LeadDetails details,
        String responsibleId,
        boolean open) {
}
