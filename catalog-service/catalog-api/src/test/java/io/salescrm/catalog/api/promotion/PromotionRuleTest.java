package io.salescrm.catalog.api.promotion;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule every service prices promotions with (the catalog's /price and billing's quotes). */
class PromotionRuleTest {

    private static final Instant FROM = Instant.parse("2026-03-01T00:00:00Z");
    private static final BigDecimal BASE = new BigDecimal("1000.00");

    private record Terms(String id, DiscountKind kind, BigDecimal value, String currency, Instant validFrom,
                         int priority) implements PromotionTerms {
    }

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
        // 0.25 x 12.5 % = 0.03125 off -> 0.21875 -> 0.22 ; 0.30 x 12.5 % -> 0.2625 -> 0.26 (half-even)
        var percent = promotion("p", DiscountKind.PERCENT, "12.5", null, 1);
        assertThat(PromotionRule.discounted(percent, new BigDecimal("0.25"), "RUB")).isEqualTo(new BigDecimal("0.22"));
        assertThat(PromotionRule.discounted(percent, new BigDecimal("0.30"), "RUB")).isEqualTo(new BigDecimal("0.26"));
        assertThat(PromotionRule.discounted(percent, new BigDecimal("100"), "JPY")).isEqualTo(new BigDecimal("88"));
    }

    @Test
    void fullTiesGoToTheEarlierStartThenTheSmallerId() {
        var later = new Terms("a", DiscountKind.PERCENT, BigDecimal.TEN, null, FROM.plusSeconds(1), 1);
        var earlier = new Terms("b", DiscountKind.PERCENT, BigDecimal.TEN, null, FROM, 1);
        assertThat(PromotionRule.best(List.of(later, earlier), BASE, "RUB").orElseThrow().promotion().id()).isEqualTo("b");
        var twin = new Terms("c", DiscountKind.PERCENT, BigDecimal.TEN, null, FROM, 1);
        assertThat(PromotionRule.best(List.of(twin, earlier), BASE, "RUB").orElseThrow().promotion().id()).isEqualTo("b");
    }

    private static Terms promotion(String id, DiscountKind kind, String value, String currency, int priority) {
        return new Terms(id, kind, new BigDecimal(value), currency, FROM, priority);
    }
}
