package io.salescrm.catalog.api.promotion;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces a promotion's terms. */
public record ChangePromotionCommand(
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
