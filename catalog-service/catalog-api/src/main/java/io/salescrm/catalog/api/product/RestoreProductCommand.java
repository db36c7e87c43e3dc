package io.salescrm.catalog.api.product;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RestoreProductCommand(@TargetAggregateIdentifier String productId) {
}
