package io.salescrm.billing.api.quote;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Records that version {@code version} (must be the latest) went out to {@code recipientEmail} by
 * {@code delivery}, its PDF stored as document {@code documentId}.
 */
public record SendQuoteCommand(
        @TargetAggregateIdentifier String quoteId,
        int version,
        String recipientEmail,
        QuoteDelivery delivery,
        String documentId,
        Instant sentAt) {
}
