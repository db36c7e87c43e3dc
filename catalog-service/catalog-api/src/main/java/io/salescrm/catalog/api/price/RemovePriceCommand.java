package io.salescrm.catalog.api.price;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RemovePriceCommand(@TargetAggregateIdentifier String productId, String variantId, String priceTypeId, String currency) {
}
