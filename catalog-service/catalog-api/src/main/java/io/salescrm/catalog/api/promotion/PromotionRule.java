package io.salescrm.catalog.api.promotion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The one rule for several promotions applying to one price, published here so that every service quoting catalog
 * prices (the catalog itself, billing's quotes) gives the same answer: promotions are never stacked; the highest
 * priority wins; among equal priorities the one giving the client the lowest price wins; then the one that started
 * first, then the smaller id (so the answer never depends on storage order). A FIXED discount only applies to prices
 * in its currency. The discounted price is never below 0 and is rounded half-even to the currency's minor unit.
 */
public final class PromotionRule {

    /** The winning promotion and the price it gives. */
    public record Applied<P extends PromotionTerms>(P promotion, BigDecimal price) {
    }

    private PromotionRule() {
    }

    public static <P extends PromotionTerms> Optional<Applied<P>> best(List<P> applicable, BigDecimal base, String currency) {
        return applicable.stream()
                .filter(p -> p.kind() == DiscountKind.PERCENT || currency.equals(p.currency()))
                .map(p -> new Applied<>(p, discounted(p, base, currency)))
                .min(Comparator.<Applied<P>>comparingInt(a -> -a.promotion().priority())
                        .thenComparing(Applied::price)
                        .thenComparing(a -> a.promotion().validFrom())
                        .thenComparing(a -> a.promotion().id()));
    }

    public static BigDecimal discounted(PromotionTerms promotion, BigDecimal base, String currency) {
        BigDecimal discount = promotion.kind() == DiscountKind.PERCENT
                ? base.multiply(promotion.value()).divide(BigDecimal.valueOf(100))
                : promotion.value();
        return rounded(base.subtract(discount).max(BigDecimal.ZERO), currency);
    }

    /** Half-even to the currency's minor unit (2 for RUB, 0 for JPY). */
    public static BigDecimal rounded(BigDecimal amount, String currency) {
        return amount.setScale(Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0), RoundingMode.HALF_EVEN);
    }
}
