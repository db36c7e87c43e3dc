package io.salescrm.catalog.api.price;

import org.axonframework.serialization.Revision;

/** Another price type became the base one (exactly one is the base at any time). */
@Revision("1")
public record BasePriceTypeChangedEvent(String listId, String priceTypeId, String previousPriceTypeId) {
}
