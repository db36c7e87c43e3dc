package io.salescrm.catalog.api.property;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RenamePropertyCommand(@TargetAggregateIdentifier String propertyId, String name, String unit) {
}
