package io.salescrm.analytics.target;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A sales-org target as it now stands, in collection {@code target_facts}: subject, period (first and last day),
 * measure and value; {@code cancelled} once it no longer applies. {@code sequence} guards against redelivery.
 */
@Document(TargetFact.COLLECTION)
public record TargetFact(
        @Id String targetId,
        long sequence,
        String subjectType,
        String subjectId,
        LocalDate start,
        LocalDate end,
        String measure,
        @Field(targetType = FieldType.DECIMAL128) BigDecimal amount,
        String currency,
        Long count,
        boolean cancelled) {

    public static final String COLLECTION = "target_facts";
}
