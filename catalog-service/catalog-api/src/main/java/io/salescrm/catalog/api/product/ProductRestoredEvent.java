package io.salescrm.catalog.api.product;

import org.axonframework.serialization.Revision;

/** An archived product is active again. */
@Revision("1")
public record ProductRestoredEvent(String productId) {
}
