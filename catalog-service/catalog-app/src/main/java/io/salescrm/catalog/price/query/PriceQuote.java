package io.salescrm.catalog.price.query;

import io.salescrm.catalog.api.product.VatRate;
import io.salescrm.catalog.api.promotion.DiscountKind;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The price of a product, variant or bundle for a price type and currency at an instant: the base price (a variant's
 * own price overrides the product's), the promotion applied if any, the final net price, and VAT on it.
 */
public record PriceQuote(
        String productId,
        String variantId,
        String bundleId,
        String priceTypeId,
        String currency,
        Instant at,
        BigDecimal basePrice,
        String basePriceOf,
        AppliedPromotion promotion,
        BigDecimal finalPrice,
        VatRate vatRate,
        BigDecimal vatAmount,
        BigDecimal totalWithVat) {

    /** {@code basePriceOf}: where the base price came from. */
    public static final String OF_VARIANT = "VARIANT";
    public static final String OF_PRODUCT = "PRODUCT";
    public static final String OF_BUNDLE = "BUNDLE";

    public record AppliedPromotion(String id, String name, DiscountKind kind, BigDecimal value, String currency, int priority) {
    }
}
