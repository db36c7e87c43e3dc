package io.salescrm.billing.reference.catalog;

import io.salescrm.catalog.api.promotion.DiscountKind;
import io.salescrm.catalog.api.promotion.PromotionTarget;
import io.salescrm.catalog.api.promotion.PromotionTargetType;
import io.salescrm.catalog.api.promotion.PromotionTerms;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A catalog promotion (promo action): a discount on its targets valid in {@code [validFrom, validTo)} until
 * cancelled. {@code targetKeys} ("PRODUCT:id", "SECTION:id", ...) let a query find the promotions of a price.
 */
@Document("ref_promotions")
public record PromotionReference(
        @Id String id,
        String name,
        DiscountKind kind,
        BigDecimal value,
        String currency,
        @Indexed List<String> targetKeys,
        Instant validFrom,
        Instant validTo,
        Instant cancelledAt,
        int priority,
        long version) implements PromotionTerms {

    public static String key(PromotionTargetType type, String id) {
        return type.name() + ":" + id;
    }

    static List<String> keys(List<PromotionTarget> targets) {
        return targets == null ? List.of() : targets.stream().map(t -> key(t.type(), t.id())).toList();
    }

    public boolean appliesAt(Instant at) {
        return !at.isBefore(validFrom) && at.isBefore(validTo) && (cancelledAt == null || at.isBefore(cancelledAt));
    }
}
