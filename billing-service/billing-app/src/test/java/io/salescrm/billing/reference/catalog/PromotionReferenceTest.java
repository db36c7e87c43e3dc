package io.salescrm.billing.reference.catalog;

import io.salescrm.catalog.api.promotion.DiscountKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** When billing's copy of a catalog promotion applies (the pricing rule itself is catalog-api's PromotionRule). */
class PromotionReferenceTest {

    private static final Instant FROM = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-04-01T00:00:00Z");

    @Test
    void aPromotionAppliesFromItsStartUntilJustBeforeItsEndOrItsCancellation() {
        var promotion = promotion("p", FROM, null);
        assertThat(promotion.appliesAt(FROM)).isTrue();
        assertThat(promotion.appliesAt(FROM.minusMillis(1))).isFalse();
        assertThat(promotion.appliesAt(TO.minusMillis(1))).isTrue();
        assertThat(promotion.appliesAt(TO)).isFalse();
        var cancelled = promotion("c", FROM, FROM.plusSeconds(60));
        assertThat(cancelled.appliesAt(FROM.plusSeconds(59))).isTrue();
        assertThat(cancelled.appliesAt(FROM.plusSeconds(60))).isFalse();
    }

    private static PromotionReference promotion(String id, Instant from, Instant cancelledAt) {
        return new PromotionReference(id, id, DiscountKind.PERCENT, BigDecimal.TEN, null, List.of(), from, TO, cancelledAt, 1, 0);
    }
}
