package io.salescrm.pipeline.api.deal;

/** How a product row's discount is given: a percentage of price x quantity, or an amount off the row. */
public enum DiscountType {
    PERCENT,
    AMOUNT
}
