package io.salescrm.catalog.api.product;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A product or service was created (active). Carries what quote and deal product rows need: name, code, unit, VAT. */
@Revision("1")
public record ProductCreatedEvent(
        String productId,
        String code,
        ProductKind kind,
        String name,
        String description,
        String sectionId,
        String unit,
        VatRate vatRate,
        List<ProductPropertyValue> properties,
        Instant createdAt) {
}
