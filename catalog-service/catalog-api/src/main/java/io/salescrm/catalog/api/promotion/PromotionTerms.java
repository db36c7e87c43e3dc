package io.salescrm.catalog.api.promotion;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What {@link PromotionRule} needs to know of a promotion; the catalog's own view and every consumer's read model
 * of the promotion events implement it, so they all price with the one rule.
 */
public interface PromotionTerms {

    String id();

    DiscountKind kind();

    /** A percentage for PERCENT, an amount in {@link #currency()} for FIXED. */
    BigDecimal value();

    /** The currency of a FIXED discount; null for PERCENT. */
    String currency();

    Instant validFrom();

    int priority();
}
