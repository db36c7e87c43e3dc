package io.salescrm.catalog.api.promotion;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A promotion's terms as they are now (the full state). */
@Revision("1")
public record PromotionChangedEvent(
        String promotionId,
        String name,
        DiscountKind kind,
        BigDecimal value,
        String currency,
        List<PromotionTarget> targets,
        Instant validFrom,
        Instant validTo,
        int priority) {
}
