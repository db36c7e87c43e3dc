package io.salescrm.catalog.api.property;

import org.axonframework.serialization.Revision;

@Revision("1")
public record PropertyValueAddedEvent(String propertyId, String valueId, String code, String label) {
}
