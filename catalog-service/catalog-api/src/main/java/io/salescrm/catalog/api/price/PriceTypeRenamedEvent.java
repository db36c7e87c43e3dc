package io.salescrm.catalog.api.price;

import org.axonframework.serialization.Revision;

@Revision("1")
public record PriceTypeRenamedEvent(String listId, String priceTypeId, String name) {
}
