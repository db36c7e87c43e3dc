package io.salescrm.catalog.api.promotion;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CancelPromotionCommand(@TargetAggregateIdentifier String promotionId) {
}
