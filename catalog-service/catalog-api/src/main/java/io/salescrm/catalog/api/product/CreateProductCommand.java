package io.salescrm.catalog.api.product;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Creates a product or service. {@code code} is its article code, unique across the catalog together with every
 * variant SKU, and the stem of generated variant SKUs.
 */
public record CreateProductCommand(
        @TargetAggregateIdentifier String productId,
        String code,
        ProductKind kind,
        String name,
        String description,
        String sectionId,
        String unit,
        VatRate vatRate,
        List<ProductPropertyValue> properties) {
}
