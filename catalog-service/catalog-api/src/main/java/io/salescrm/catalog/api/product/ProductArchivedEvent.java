package io.salescrm.catalog.api.product;

import org.axonframework.serialization.Revision;

/** The product is no longer offered; it stays readable and its history is kept. */
@Revision("1")
public record ProductArchivedEvent(String productId) {
}
