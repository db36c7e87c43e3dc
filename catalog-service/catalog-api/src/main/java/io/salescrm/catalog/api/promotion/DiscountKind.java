package io.salescrm.catalog.api.promotion;

/** PERCENT takes a percentage off the price; FIXED takes an amount in the promotion's currency off. */
public enum DiscountKind {
    PERCENT, FIXED
}
