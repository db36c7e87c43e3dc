package io.salescrm.catalog.api.promotion;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The promotion no longer applies, from {@code cancelledAt} on (prices before that instant keep it). */
@Revision("1")
public record PromotionCancelledEvent(String promotionId, Instant cancelledAt) {
}
