package io.salescrm.catalog.promotion.query;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.salescrm.catalog.api.promotion.DiscountKind;
import io.salescrm.catalog.api.promotion.PromotionTarget;
import io.salescrm.catalog.api.promotion.PromotionTerms;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A promotion as read: MongoDB collection {@code catalog_promotions}. {@code targetKeys} ({@code TYPE:id}) find the
 * promotions of a product, its variant, its sections and a bundle in one indexed query.
 */
@Document(PromotionView.COLLECTION)
public record PromotionView(
        @Id String id,
        String name,
        DiscountKind kind,
        @Field(targetType = FieldType.DECIMAL128) BigDecimal value,
        String currency,
        List<PromotionTarget> targets,
        Instant validFrom,
        Instant validTo,
        int priority,
        Instant cancelledAt,
        @JsonIgnore @Indexed List<String> targetKeys) implements PromotionTerms {

    public static final String COLLECTION = "catalog_promotions";

    public static String key(Object type, String id) {
        return type + ":" + id;
    }

    /** Whether it applies at {@code at}: inside [validFrom, validTo) and not cancelled by then. */
    public boolean appliesAt(Instant at) {
        return !at.isBefore(validFrom) && at.isBefore(validTo) && (cancelledAt == null || at.isBefore(cancelledAt));
    }
}
