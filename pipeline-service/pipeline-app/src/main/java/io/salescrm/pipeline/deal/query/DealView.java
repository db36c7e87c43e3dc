package io.salescrm.pipeline.deal.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The pipeline's own read model of a deal, kept in MongoDB collection {@code deals}. Access rights filter it by
 * {@code responsibleId} (and {@code open}); the compound index serves "a set of responsible employees, newest
 * first" on MongoDB (the embedded wire server ignores non-unique compound indexes and uses the single ones).
 */
@Document(DealView.COLLECTION)
@CompoundIndex(name = "responsible_newest_first", def = "{'responsibleId': 1, 'createdAt': -1}")
public record DealView(
        @Id String id,
        String title,
        @Field(targetType = FieldType.DECIMAL128) BigDecimal amount,
        String currency,
        @Indexed Instant createdAt,
        @Indexed String responsibleId,
        @Indexed boolean open,
        long version) {

    public static final String COLLECTION = "deals";
    public static final String RESPONSIBLE = "responsibleId";
    public static final String OPEN = "open";
}
