package io.salescrm.catalog.api.property;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AddPropertyValueCommand(@TargetAggregateIdentifier String propertyId, String valueId, String code, String label) {
}
