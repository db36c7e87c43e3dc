package io.salescrm.billing.quote.pricing;

import java.math.BigDecimal;

/** A quote line before its arithmetic: what is sold, how many, at which price, discount and VAT rate. */
public record PricedItem(String productId, String variantId, String name, String sku, String unit, BigDecimal quantity,
                         BigDecimal listPrice, String promotionId, BigDecimal unitPrice, BigDecimal discountPercent,
                         BigDecimal vatRatePercent) {
}
