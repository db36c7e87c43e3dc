package io.salescrm.billing.api.quote;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/** The quote's validity date passed while it was still open (draft or sent). */
@Revision("1")
public record QuoteExpiredEvent(String quoteId, int version, String dealId, LocalDate validUntil, Instant expiredAt) {
}
