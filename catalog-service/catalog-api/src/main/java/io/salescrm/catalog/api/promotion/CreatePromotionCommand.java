package io.salescrm.catalog.api.promotion;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Creates a promotion (promo action): a discount on its targets valid in {@code [validFrom, validTo)}. Among
 * several promotions applying to one price the highest {@code priority} wins (see the README for ties).
 * {@code currency} is required for FIXED discounts (they only apply to prices in it) and empty for PERCENT.
 */
public record CreatePromotionCommand(
        @TargetAggregateIdentifier String promotionId,
        String name,
        DiscountKind kind,
        BigDecimal value,
        String currency,
        List<PromotionTarget> targets,
        Instant validFrom,
        Instant validTo,
        int priority) {
}
