package io.salescrm.catalog.api.product;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives the product one more value of a variant axis and adds the variants it makes possible. */
public record AddVariantAxisValueCommand(@TargetAggregateIdentifier String productId, String propertyId, String valueId) {
}
