package io.salescrm.pipeline.api.lead;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The lead was converted into deal {@code dealId}, contact {@code contactId} and/or company {@code companyId}
 * (null: not created/attached): its lineage. Followed by a {@link LeadStatusChangedEvent} to CONVERTED and a
 * {@link LeadClosedEvent}.
 */
@Revision("1")
public record LeadConvertedEvent(String leadId, String dealId, String contactId, String companyId, Instant convertedAt) {
}
