package io.salescrm.billing.api.quote;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** Version {@code version} of the quote was saved (a draft again); earlier versions stay as they were. */
@Revision("1")
public record QuoteRevisedEvent(String quoteId, int version, QuoteContent content, Instant revisedAt) {
}
