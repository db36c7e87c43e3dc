package io.salescrm.catalog.api.property;

import org.axonframework.serialization.Revision;

@Revision("1")
public record PropertyValueRetiredEvent(String propertyId, String valueId) {
}
