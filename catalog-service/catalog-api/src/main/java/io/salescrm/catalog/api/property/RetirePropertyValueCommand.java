package io.salescrm.catalog.api.property;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Retires a list value: no new product may use it; products that have it keep it. */
public record RetirePropertyValueCommand(@TargetAggregateIdentifier String propertyId, String valueId) {
}
