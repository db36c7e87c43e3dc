package io.salescrm.catalog.api.price;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RenamePriceTypeCommand(@TargetAggregateIdentifier String listId, String priceTypeId, String name) {
}
