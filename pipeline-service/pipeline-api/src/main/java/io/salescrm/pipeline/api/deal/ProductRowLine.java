package io.salescrm.pipeline.api.deal;

import java.math.BigDecimal;

/**
 * A product row as a command asks for it, priced in the deal's currency. {@code name} and {@code sku} are
 * snapshots taken from the catalog when the row is written; {@code vatRate} is a percentage included in the price.
 * {@code discountType} null means no discount.
 */
public record ProductRowLine(
        String rowId,
        String productId,
        String variantId,
        String name,
        String sku,
        BigDecimal price,
        BigDecimal quantity,
        DiscountType discountType,
        BigDecimal discount,
        BigDecimal vatRate) {
}
