package io.salescrm.catalog.api.property;

import java.util.List;
import org.axonframework.serialization.Revision;

/** A product property was defined, with its initial list values (empty for non-list types). */
@Revision("1")
public record PropertyDefinedEvent(String propertyId, String name, PropertyType type, String unit, List<ListValue> values) {
}
