package io.salescrm.catalog.api.product;

import org.axonframework.serialization.Revision;

/** The product has one more value of a variant axis (its property values grow by it). */
@Revision("1")
public record VariantAxisValueAddedEvent(String productId, String propertyId, String valueId) {
}
