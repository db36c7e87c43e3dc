package io.salescrm.catalog.api.product;

import org.axonframework.serialization.Revision;

/** A variant's SKU and availability override as they are now ({@code available} null: as the product). */
@Revision("1")
public record VariantChangedEvent(String productId, String variantId, String sku, Boolean available) {
}
