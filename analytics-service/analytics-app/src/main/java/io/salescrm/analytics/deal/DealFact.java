package io.salescrm.analytics.deal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One deal as analytics knows it, in collection {@code deal_facts} (documented for BI tools in the README).
 * {@code sequence} is the last applied event's sequence number of the deal: an event at or below it has been
 * applied already and is ignored, which makes redelivered and replayed events harmless. {@code responsibleId}
 * and {@code open} are what access rights filter on (deals created before deals had a responsible employee have
 * none and count only for callers who may see all).
 */
@Document(DealFact.COLLECTION)
public record DealFact(
        @Id String dealId,
        @Field(targetType = FieldType.DECIMAL128) BigDecimal amount,
        String currency,
        @Field(targetType = FieldType.DECIMAL128) BigDecimal amountInBase,
        String baseCurrency,
        Instant createdAt,
        @Indexed String responsibleId,
        @Indexed boolean open,
        long sequence) {

    public static final String COLLECTION = "deal_facts";
    public static final String RESPONSIBLE = "responsibleId";
    public static final String OPEN = "open";
}
