package io.salescrm.billing.reference.catalog;

import io.salescrm.catalog.api.promotion.DiscountKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalog's promotion rule, checked on the same cases as the catalog service's own PromotionRuleTest. */
class PromotionRuleTest {

    private static final Instant FROM = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-04-01T00:00:00Z");
    private static final BigDecimal BASE = new BigDecimal("1000.00");

    @Test
    void theHighestPriorityWinsEvenWhenAnotherGivesMore() {
        var small = promotion("small", DiscountKind.PERCENT, "5", null, 10);
        var big = promotion("big", DiscountKind.PERCENT, "50", null, 1);
        var applied = PromotionRule.best(List.of(big, small), BASE, "RUB").orElseThrow();
        assertThat(applied.promotion().id()).isEqualTo("small");
        assertThat(applied.price()).isEqualByComparingTo("950.00");
    }

    @Test
    void amongEqualPrioritiesTheLowestPriceForTheClientWinsAndDiscountsNeverStack() {
        var percent = promotion("percent", DiscountKind.PERCENT, "10", null, 5);
        var fixed = promotion("fixed", DiscountKind.FIXED, "150.00", "RUB", 5);
        var applied = PromotionRule.best(List.of(percent, fixed), BASE, "RUB").orElseThrow();
        assertThat(applied.promotion().id()).isEqualTo("fixed");
        assertThat(applied.price()).isEqualTo(new BigDecimal("850.00"));
    }

    @Test
    void aFixedDiscountOnlyAppliesInItsCurrency() {
        var fixedUsd = promotion("usd", DiscountKind.FIXED, "10.00", "USD", 9);
        assertThat(PromotionRule.best(List.of(fixedUsd), BASE, "RUB")).isEmpty();
    }

    @Test
    void theFinalPriceIsNeverBelowZeroAndRoundedHalfEvenToTheMinorUnit() {
        var huge = promotion("huge", DiscountKind.FIXED, "5000.00", "RUB", 1);
        assertThat(PromotionRule.best(List.of(huge), BASE, "RUB").orElseThrow().price()).isEqualTo(new BigDecimal("0.00"));
        var percent = promotion("p", DiscountKind.PERCENT, "12.5", null, 1);
        assertThat(PromotionRule.discounted(percent, new BigDecimal("0.25"), "RUB")).isEqualTo(new BigDecimal("0.22"));
        assertThat(PromotionRule.discounted(percent, new BigDecimal("0.30"), "RUB")).isEqualTo(new BigDecimal("0.26"));
        assertThat(PromotionRule.discounted(percent, new BigDecimal("100"), "JPY")).isEqualTo(new BigDecimal("88"));
    }

    @Test
    void fullTiesGoToTheEarlierStartThenTheSmallerId() {
        var later = promotion("a", FROM.plusSeconds(1), null);
        var earlier = promotion("b", FROM, null);
        assertThat(PromotionRule.best(List.of(later, earlier), BASE, "RUB").orElseThrow().promotion().id()).isEqualTo("b");
        var twin = promotion("c", FROM, null);
        assertThat(PromotionRule.best(List.of(twin, earlier), BASE, "RUB").orElseThrow().promotion().id()).isEqualTo("b");
    }

    @Test
    void aPromotionAppliesFromItsStartUntilJustBeforeItsEndOrItsCancellation() {
        var promotion = promotion("p", DiscountKind.PERCENT, "10", null, 1);
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

    private static PromotionReference promotion(String id, DiscountKind kind, String value, String currency, int priority) {
        return new PromotionReference(id, id, kind, new BigDecimal(value), currency, List.of(), FROM, TO, null, priority, 0);
    }
}
