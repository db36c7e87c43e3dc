package io.salescrm.billing.api.quote;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Version {@code version} of the quote was sent (a touch on the deal): its PDF is document {@code documentId},
 * e-mailed to {@code recipientEmail} or put into the outbox ({@code delivery}). Carries the deal, parties,
 * responsible and gross total so the pipeline's timeline can show it without asking billing.
 */
@Revision("1")
public record QuoteSentEvent(
        String quoteId,
        int version,
        String dealId,
        String companyId,
        String contactId,
        String responsibleId,
        String recipientEmail,
        QuoteDelivery delivery,
        String documentId,
        BigDecimal gross,
        String currency,
        Instant sentAt) {
}
