package io.salescrm.catalog.api.product;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sets a variant's SKU (unique across the catalog) and its availability override ({@code available} null: as
 * the product).
 */
public record ChangeVariantCommand(@TargetAggregateIdentifier String productId, String variantId, String sku, Boolean available) {
}
