package io.salescrm.catalog.api.product;

import java.util.List;
import org.axonframework.serialization.Revision;

/** A product's details and property values as they are now (the full set, not a difference). */
@Revision("1")
public record ProductChangedEvent(
        String productId,
        String name,
        String description,
        String sectionId,
        String unit,
        VatRate vatRate,
        List<ProductPropertyValue> properties) {
}
