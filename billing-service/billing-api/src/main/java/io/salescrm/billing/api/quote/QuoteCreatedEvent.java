package io.salescrm.billing.api.quote;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A quote was drafted as version 1; the first event of quote aggregate {@code quoteId}. */
@Revision("1")
public record QuoteCreatedEvent(
        String quoteId,
        String dealId,
        String companyId,
        String contactId,
        String responsibleId,
        boolean open,
        QuoteContent content,
        Instant createdAt) {
}
