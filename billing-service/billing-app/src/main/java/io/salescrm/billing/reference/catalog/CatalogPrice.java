package io.salescrm.billing.reference.catalog;

import io.salescrm.catalog.api.product.VatRate;

import java.math.BigDecimal;

/**
 * A product's (or variant's) catalog price at an instant, net of VAT: {@code basePrice} as the catalog lists it,
 * {@code price} after the winning promotion ({@code promotionId} null: none applied), both rounded to the minor unit.
 */
public record CatalogPrice(String productId, String variantId, String name, String sku, String unit, VatRate vatRate,
                           BigDecimal basePrice, String promotionId, String promotionName, BigDecimal price) {
}
