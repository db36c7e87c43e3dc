package io.salescrm.catalog.api.price;

import org.axonframework.serialization.Revision;

@Revision("1")
public record PriceRemovedEvent(String productId, String variantId, String priceTypeId, String currency) {
}
