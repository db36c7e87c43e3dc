package io.salescrm.catalog.api.property;

import org.axonframework.serialization.Revision;

@Revision("1")
public record PropertyValueRenamedEvent(String propertyId, String valueId, String label) {
}
