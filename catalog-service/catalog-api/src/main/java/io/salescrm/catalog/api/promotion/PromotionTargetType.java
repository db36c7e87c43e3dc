package io.salescrm.catalog.api.promotion;

/** What a promotion applies to; a SECTION target covers the products of its sub-sections too. */
public enum PromotionTargetType {
    PRODUCT, VARIANT, SECTION, BUNDLE
}
