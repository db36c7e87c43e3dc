package io.salescrm.catalog.promotion.query;

import io.salescrm.catalog.api.promotion.DiscountKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PromotionViewTest {

    private static final Instant FROM = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-04-01T00:00:00Z");

    @Test
    void aPromotionAppliesFromItsStartUntilJustBeforeItsEndOrItsCancellation() {
        var promotion = promotion("p", DiscountKind.PERCENT, "10", null, 1);
        assertThat(promotion.appliesAt(FROM)).isTrue();
        assertThat(promotion.appliesAt(FROM.minusMillis(1))).isFalse();
        assertThat(promotion.appliesAt(TO.minusMillis(1))).isTrue();
        assertThat(promotion.appliesAt(TO)).isFalse();
        var cancelled = new PromotionView("c", "c", DiscountKind.PERCENT, BigDecimal.TEN, null, List.of(), FROM, TO, 1,
                FROM.plusSeconds(60), List.of());
        assertThat(cancelled.appliesAt(FROM.plusSeconds(59))).isTrue();
        assertThat(cancelled.appliesAt(FROM.plusSeconds(60))).isFalse();
    }

    private static PromotionView promotion(String id, DiscountKind kind, String value, String currency, int priority) {
        return new PromotionView(id, id, kind, new BigDecimal(value), currency, List.of(), FROM, TO, priority, null, List.of());
    }
}
