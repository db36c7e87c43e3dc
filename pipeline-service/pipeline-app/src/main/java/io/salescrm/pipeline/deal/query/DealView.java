package io.salescrm.pipeline.deal.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

import java.math.BigDecimal;
import java.time.Instant;

/** The pipeline's own read model of a deal, kept in MongoDB collection {@code deals}. */
@Document("deals")
public record DealView(
        @Id String id,
        String title,
        @Field(targetType = FieldType.DECIMAL128) BigDecimal amount,
        String currency,
        @Indexed Instant createdAt,
        long version) {
}
