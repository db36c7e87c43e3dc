package io.salescrm.catalog.api.promotion;

public record PromotionTarget(PromotionTargetType type, String id) {
}
