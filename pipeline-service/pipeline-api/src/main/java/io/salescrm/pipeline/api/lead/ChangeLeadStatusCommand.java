package io.salescrm.pipeline.api.lead;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Moves an open lead to NEW, IN_WORK or JUNK ({@code reason} required for JUNK). CONVERTED is refused here (only
 * {@link MarkLeadConvertedCommand} sets it); a junk lead comes back with {@link ReopenLeadCommand}. The current
 * status again changes nothing.
 */
public record ChangeLeadStatusCommand(@TargetAggregateIdentifier String leadId, LeadStatus status, String reason) {
}
