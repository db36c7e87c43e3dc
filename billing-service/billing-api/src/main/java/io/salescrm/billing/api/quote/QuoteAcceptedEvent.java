package io.salescrm.billing.api.quote;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The client accepted version {@code version}; {@code content} is that version (lines, totals, currency).
 * {@code createInvoice} true asks the billing process to draft an invoice from it.
 */
@Revision("1")
public record QuoteAcceptedEvent(
        String quoteId,
        int version,
        String dealId,
        String companyId,
        String contactId,
        String responsibleId,
        boolean open,
        QuoteContent content,
        boolean createInvoice,
        Instant acceptedAt) {
}
