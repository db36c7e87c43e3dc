package io.salescrm.catalog.api.bundle;

import java.math.BigDecimal;

/** A product ({@code variantId} null) or one of its variants, in a quantity of the product's unit. */
public record BundleItem(String productId, String variantId, BigDecimal quantity) {
}
