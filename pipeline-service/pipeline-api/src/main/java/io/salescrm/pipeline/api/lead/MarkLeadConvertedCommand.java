package io.salescrm.pipeline.api.lead;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records that the lead was converted, with what it became ({@code dealId}, {@code contactId},
 * {@code companyId}: any may be null, not all). Sent by conversion only. A second conversion is refused with 409
 * {@code already-converted}; a junk or merged lead cannot be converted (422).
 */
public record MarkLeadConvertedCommand(
        @TargetAggregateIdentifier String leadId,
        String dealId,
        String contactId,
        String companyId) {
}
