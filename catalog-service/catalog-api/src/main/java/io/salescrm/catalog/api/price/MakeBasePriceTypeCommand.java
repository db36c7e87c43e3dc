package io.salescrm.catalog.api.price;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record MakeBasePriceTypeCommand(@TargetAggregateIdentifier String listId, String priceTypeId) {
}
