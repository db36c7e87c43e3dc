package io.salescrm.pipeline.api.lead;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Replaces a lead's details and open flag as a whole (also how an import updates a lead and how undoing an import
 * restores it); unchanged details append nothing. Refused for a converted or merged lead.
 */
public record ChangeLeadDetailsCommand(
        @TargetAggregateIdentifier String leadId,
        LeadDetails details,
        boolean open) {
}
