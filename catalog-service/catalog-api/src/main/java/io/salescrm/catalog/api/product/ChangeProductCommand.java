package io.salescrm.catalog.api.product;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces a product's details and property values (code and kind never change). */
public record ChangeProductCommand(
        @TargetAggregateIdentifier String productId,
        String name,
        String description,
        String sectionId,
        String unit,
        VatRate vatRate,
        List<ProductPropertyValue> properties) {
}
