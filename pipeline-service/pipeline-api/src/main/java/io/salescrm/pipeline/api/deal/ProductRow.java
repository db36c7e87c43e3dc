package io.salescrm.pipeline.api.deal;

import java.math.BigDecimal;

/**
 * A product row of a deal as events carry it: the line plus its {@code total} = price x quantity minus the
 * discount (a percentage discount rounded half-even to the currency's minor unit), VAT included. A deal with rows
 * has the sum of the totals as its amount.
 */
public record ProductRow(
        String rowId,
        String productId,
        String variantId,
        String name,
        String sku,
        BigDecimal price,
        BigDecimal quantity,
        DiscountType discountType,
        BigDecimal discount,
        BigDecimal vatRate,
        BigDecimal total) {
}
