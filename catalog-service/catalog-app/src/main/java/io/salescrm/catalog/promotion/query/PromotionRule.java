package io.salescrm.catalog.promotion.query;

import io.salescrm.catalog.api.promotion.DiscountKind;
import io.salescrm.catalog.product.command.Prices;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The one rule for several promotions applying to one price: promotions are never stacked; the highest priority
 * wins; among equal priorities the one giving the client the lowest price wins; then the one that started first,
 * then the smaller id (so the answer never depends on storage order). A FIXED discount only applies to prices in its
 * currency. The discounted price is never below 0 and is rounded half-even to the currency's minor unit.
 */
public final class PromotionRule {

    /** The winning promotion and the price it gives. */
    public record Applied(PromotionView promotion, BigDecimal price) {
    }

    private PromotionRule() {
    }

    public static Optional<Applied> best(List<PromotionView> applicable, BigDecimal base, String currency) {
        return applicable.stream()
                .filter(p -> p.kind() == DiscountKind.PERCENT || currency.equals(p.currency()))
                .map(p -> new Applied(p, discounted(p, base, currency)))
                .min(Comparator.<Applied>comparingInt(a -> -a.promotion().priority())
                        .thenComparing(Applied::price)
                        .thenComparing(a -> a.promotion().validFrom())
                        .thenComparing(a -> a.promotion().id()));
    }

    public static BigDecimal discounted(PromotionView promotion, BigDecimal base, String currency) {
        BigDecimal discount = promotion.kind() == DiscountKind.PERCENT
                ? base.multiply(promotion.value()).divide(BigDecimal.valueOf(100))
                : promotion.value();
        return rounded(base.subtract(discount).max(BigDecimal.ZERO), currency);
    }

    public static BigDecimal rounded(BigDecimal amount, String currency) {
        return amount.setScale(Prices.minorUnits(currency), RoundingMode.HALF_EVEN);
    }
}
