package io.salescrm.catalog.api.promotion;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("1")
public record PromotionCreatedEvent(
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
