package io.salescrm.catalog.api.property;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives a list value a new label; its id and code stay, so products and SKUs using it are untouched. */
public record RenamePropertyValueCommand(@TargetAggregateIdentifier String propertyId, String valueId, String label) {
}
