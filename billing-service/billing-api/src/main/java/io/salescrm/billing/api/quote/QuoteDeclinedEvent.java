package io.salescrm.billing.api.quote;

import org.axonframework.serialization.Revision;

import java.time.Instant;

@Revision("1")
public record QuoteDeclinedEvent(String quoteId, int version, String dealId, String reason, Instant declinedAt) {
}
