package io.salescrm.catalog.api.property;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Defines a product property; {@code unit} only for NUMBER, {@code values} only for list types (may be empty). */
public record DefinePropertyCommand(
        @TargetAggregateIdentifier String propertyId,
        String name,
        PropertyType type,
        String unit,
        List<ListValue> values) {
}
