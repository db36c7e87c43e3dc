package io.salescrm.catalog.api.price;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Defines a price type (e.g. retail, wholesale); the first one defined is the base price type. */
public record DefinePriceTypeCommand(@TargetAggregateIdentifier String listId, String priceTypeId, String name) {
}
