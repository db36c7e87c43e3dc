package io.salescrm.catalog.api.property;

import org.axonframework.serialization.Revision;

/** The property's name (and, for NUMBER, its unit) changed. */
@Revision("1")
public record PropertyRenamedEvent(String propertyId, String name, String unit) {
}
