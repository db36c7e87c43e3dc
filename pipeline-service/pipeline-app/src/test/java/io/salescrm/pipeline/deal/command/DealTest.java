package io.salescrm.pipeline.deal.command;

import io.salescrm.pipeline.api.deal.CreateDealCommand;
import io.salescrm.pipeline.api.deal.DealCreatedEvent;
import io.salescrm.platform.rules.InvalidFieldException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static io.salescrm.pipeline.deal.DealMother.rubDeal;
import static io.salescrm.pipeline.deal.DealMother.usdDeal;

class DealTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");

    private FixtureConfiguration<Deal> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Deal.class);
    }

    @Test
    void creatingADealRecordsItInTheBaseCurrency() {
        fixture.givenCurrentTime(NOW)
                .when(rubDeal("deal-1"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new DealCreatedEvent("deal-1", "First deal", new BigDecimal("1500.00"), "RUB", "RUB",
                        BigDecimal.ONE, new BigDecimal("1500.00"), NOW));
    }

    @Test
    void aForeignCurrencyDealCarriesTheRateAndTheRoundedBaseAmount() {
        fixture.givenCurrentTime(NOW)
                .when(usdDeal("deal-2", "10.05", "80.125"))
                // 10.05 x 80.125 = 805.25625 -> 805.26 (half-even to kopecks)
                .expectEvents(new DealCreatedEvent("deal-2", "Export deal", new BigDecimal("10.05"), "USD", "RUB",
                        new BigDecimal("80.125"), new BigDecimal("805.26"), NOW));
    }

    @Test
    void theTitleIsStoredWithoutSurroundingBlanks() {
        fixture.givenCurrentTime(NOW)
                .when(new CreateDealCommand("deal-3", "  Padded  ", BigDecimal.TEN, "RUB", "RUB", BigDecimal.ONE))
                .expectEvents(new DealCreatedEvent("deal-3", "Padded", BigDecimal.TEN, "RUB", "RUB",
                        BigDecimal.ONE, new BigDecimal("10.00"), NOW));
    }

    @Test
    void aNegativeAmountIsRefused() {
        fixture.givenCurrentTime(NOW)
                .when(new CreateDealCommand("deal-4", "Deal", new BigDecimal("-1.00"), "RUB", "RUB", BigDecimal.ONE))
                .expectException(InvalidFieldException.class)
                .expectExceptionMessage("must not be negative")
                .expectNoEvents();
    }

    @Test
    void anAmountWithMoreThanTwoDecimalsIsRefused() {
        fixture.givenCurrentTime(NOW)
                .when(new CreateDealCommand("deal-5", "Deal", new BigDecimal("1.001"), "RUB", "RUB", BigDecimal.ONE))
                .expectException(InvalidFieldException.class)
                .expectNoEvents();
    }

    @Test
    void aBlankTitleIsRefused() {
        fixture.givenCurrentTime(NOW)
                .when(new CreateDealCommand("deal-6", "   ", BigDecimal.ONE, "RUB", "RUB", BigDecimal.ONE))
                .expectException(InvalidFieldException.class)
                .expectExceptionMessage("must not be blank")
                .expectNoEvents();
    }

    @Test
    void aTitleLongerThanTheLimitIsRefused() {
        fixture.givenCurrentTime(NOW)
                .when(new CreateDealCommand("deal-7", "x".repeat(Deal.MAX_TITLE_LENGTH + 1), BigDecimal.ONE, "RUB", "RUB", BigDecimal.ONE))
                .expectException(InvalidFieldException.class)
                .expectNoEvents();
    }

    @Test
    void aDealWithoutAUsableRateIsRefused() {
        fixture.givenCurrentTime(NOW)
                .when(new CreateDealCommand("deal-8", "Deal", BigDecimal.ONE, "USD", "RUB", BigDecimal.ZERO))
                .expectException(InvalidFieldException.class)
                .expectNoEvents();
    }
}
