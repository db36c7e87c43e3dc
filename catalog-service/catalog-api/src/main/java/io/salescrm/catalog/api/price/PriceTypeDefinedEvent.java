package io.salescrm.catalog.api.price;

import org.axonframework.serialization.Revision;

/** A price type was defined; {@code base} is true for the first one (the base price type). */
@Revision("1")
public record PriceTypeDefinedEvent(String listId, String priceTypeId, String name, boolean base) {
}
