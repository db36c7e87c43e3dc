package io.salescrm.billing.quote.query;

import io.salescrm.billing.api.quote.QuoteContent;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** One version of a quote as it was saved, kept for ever ({@code id} = quote id + ":" + version). */
@Document("quote_versions")
public record QuoteVersionView(@Id String id, @Indexed String quoteId, int version, QuoteContent content, Instant savedAt) {

    public static String idOf(String quoteId, int version) {
        return quoteId + ":" + version;
    }
}
