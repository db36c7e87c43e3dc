package io.salescrm.analytics.deal;

import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

import java.math.BigDecimal;
import java.time.Instant;

/** The deal's amount in the base currency from {@code at} on (the instant the creating or changing event carried). */
public record AmountChange(Instant at, @Field(targetType = FieldType.DECIMAL128) BigDecimal amountInBase) {
}
