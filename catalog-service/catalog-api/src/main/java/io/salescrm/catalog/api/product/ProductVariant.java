package io.salescrm.catalog.api.product;

import java.util.Map;

/**
 * One variant (modification) of a product: one combination of values of the product's variant axes
 * ({@code axisValues}: property id -> list value id), with its own SKU.
 */
public record ProductVariant(String variantId, String sku, Map<String, String> axisValues) {
}
