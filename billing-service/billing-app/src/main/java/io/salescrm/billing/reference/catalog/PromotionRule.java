package io.salescrm.billing.reference.catalog;

import io.salescrm.billing.money.Money;
import io.salescrm.catalog.api.promotion.DiscountKind;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The catalog's rule for several promotions applying to one price (documented on CreatePromotionCommand and in
 * the catalog service), kept here because catalog-api publishes no pure function for it: promotions never stack; the
 * highest priority wins; among equal priorities the one giving the client the lowest price; then the one that
 * started first, then the smaller id. A FIXED discount only applies to prices in its currency. The discounted price
 * is never below 0 and is rounded half-even to the currency's minor unit. PromotionRuleTest checks it on the
 * catalog's own cases.
 */
public final class PromotionRule {

    /** The winning promotion and the net price it gives. */
    public record Applied(PromotionReference promotion, BigDecimal price) {
    }

    private PromotionRule() {
    }

    public static Optional<Applied> best(List<PromotionReference> applicable, BigDecimal base, String currency) {
        return applicable.stream()
                .filter(p -> p.kind() == DiscountKind.PERCENT || currency.equals(p.currency()))
                .map(p -> new Applied(p, discounted(p, base, currency)))
                .min(Comparator.<Applied>comparingInt(a -> -a.promotion().priority())
                        .thenComparing(Applied::price)
                        .thenComparing(a -> a.promotion().validFrom())
                        .thenComparing(a -> a.promotion().id()));
    }

    public static BigDecimal discounted(PromotionReference promotion, BigDecimal base, String currency) {
        BigDecimal discount = promotion.kind() == DiscountKind.PERCENT
                ? base.multiply(promotion.value()).divide(BigDecimal.valueOf(100))
                : promotion.value();
        return Money.rounded(base.subtract(discount).max(BigDecimal.ZERO), currency);
    }
}
