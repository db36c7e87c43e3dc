package io.salescrm.catalog.promotion.command;

import io.salescrm.catalog.InMemoryCatalog;
import io.salescrm.catalog.api.promotion.CancelPromotionCommand;
import io.salescrm.catalog.api.promotion.ChangePromotionCommand;
import io.salescrm.catalog.api.promotion.CreatePromotionCommand;
import io.salescrm.catalog.api.promotion.DiscountKind;
import io.salescrm.catalog.api.promotion.PromotionCancelledEvent;
import io.salescrm.catalog.api.promotion.PromotionCreatedEvent;
import io.salescrm.catalog.api.promotion.PromotionTarget;
import io.salescrm.catalog.api.promotion.PromotionTargetType;
import io.salescrm.catalog.reference.CatalogReferences.SectionStatus;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

class PromotionTest {

    private static final Instant FROM = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-04-01T00:00:00Z");
    private static final List<PromotionTarget> TARGETS = List.of(new PromotionTarget(PromotionTargetType.PRODUCT, "p1"),
            new PromotionTarget(PromotionTargetType.VARIANT, "p1-v1"), new PromotionTarget(PromotionTargetType.SECTION, "shirts"),
            new PromotionTarget(PromotionTargetType.BUNDLE, "b1"));

    private FixtureConfiguration<Promotion> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Promotion.class);
        fixture.registerInjectableResource(new InMemoryCatalog().product("p1", true, "p1-v1")
                .section("shirts", SectionStatus.ACTIVE).bundle("b1"));
    }

    @Test
    void aPromotionOnExistingTargetsIsCreated() {
        fixture.givenNoPriorActivity()
                .when(create(DiscountKind.PERCENT, "15", null, TARGETS, FROM, TO))
                .expectEvents(new PromotionCreatedEvent("promo", "Spring sale", DiscountKind.PERCENT, new BigDecimal("15"), null,
                        TARGETS, FROM, TO, 5));
    }

    @Test
    void unknownTargetsAreRefused() {
        fixture.givenNoPriorActivity()
                .when(create(DiscountKind.PERCENT, "15", null, List.of(new PromotionTarget(PromotionTargetType.SECTION, "hats")), FROM, TO))
                .expectException(InvalidFieldException.class);
        fixture.givenNoPriorActivity()
                .when(create(DiscountKind.PERCENT, "15", null, List.of(new PromotionTarget(PromotionTargetType.VARIANT, "p1-v9")), FROM, TO))
                .expectException(InvalidFieldException.class);
    }

    @Test
    void theDateRangeMustBeNonEmptyAndPercentagesAtMostAHundred() {
        fixture.givenNoPriorActivity().when(create(DiscountKind.PERCENT, "15", null, TARGETS, TO, FROM))
                .expectException(InvalidFieldException.class);
        fixture.givenNoPriorActivity().when(create(DiscountKind.PERCENT, "15", null, TARGETS, FROM, FROM))
                .expectException(InvalidFieldException.class);
        fixture.givenNoPriorActivity().when(create(DiscountKind.PERCENT, "100.5", null, TARGETS, FROM, TO))
                .expectException(InvalidFieldException.class);
    }

    @Test
    void aFixedDiscountNeedsACurrencyAndAPercentageHasNone() {
        fixture.givenNoPriorActivity().when(create(DiscountKind.FIXED, "100.00", null, TARGETS, FROM, TO))
                .expectException(InvalidFieldException.class);
        fixture.givenNoPriorActivity().when(create(DiscountKind.PERCENT, "10", "RUB", TARGETS, FROM, TO))
                .expectException(InvalidFieldException.class);
        fixture.givenNoPriorActivity().when(create(DiscountKind.FIXED, "100.00", "RUB", TARGETS, FROM, TO))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cancellingRecordsTheInstantOnceAndACancelledPromotionCannotChange() {
        Instant now = Instant.parse("2026-03-10T12:00:00Z");
        PromotionCreatedEvent created = new PromotionCreatedEvent("promo", "Spring sale", DiscountKind.PERCENT,
                new BigDecimal("15"), null, TARGETS, FROM, TO, 5);
        fixture.given(created).andGivenCurrentTime(now)
                .when(new CancelPromotionCommand("promo"))
                .expectEvents(new PromotionCancelledEvent("promo", now));
        fixture.given(created, new PromotionCancelledEvent("promo", now))
                .when(new CancelPromotionCommand("promo"))
                .expectNoEvents();
        fixture.given(created, new PromotionCancelledEvent("promo", now))
                .when(new ChangePromotionCommand("promo", "Again", DiscountKind.PERCENT, BigDecimal.TEN, null, TARGETS, FROM, TO, 1))
                .expectException(RuleViolationException.class);
    }

    private static CreatePromotionCommand create(DiscountKind kind, String value, String currency, List<PromotionTarget> targets,
                                                 Instant from, Instant to) {
        return new CreatePromotionCommand("promo", "Spring sale", kind, new BigDecimal(value), currency, targets, from, to, 5);
    }
}
