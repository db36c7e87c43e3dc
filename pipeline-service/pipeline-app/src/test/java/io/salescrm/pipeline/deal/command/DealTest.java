package io.salescrm.pipeline.deal.command;

import io.salescrm.pipeline.api.deal.CreateDealCommand;
import io.salescrm.platform.rules.InvalidFieldException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static io.salescrm.pipeline.deal.DealMother.RESPONSIBLE;
import static io.salescrm.pipeline.deal.DealMother.create;
import static io.salescrm.pipeline.deal.DealMother.created;
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
                .expectEvents(created("deal-1", "First deal", new BigDecimal("1500.00"), "RUB", "RUB",
                        BigDecimal.ONE, new BigDecimal("1500.00"), NOW, RESPONSIBLE, false));
    }

    @Test
    void aForeignCurrencyDealCarriesTheRateAndTheRoundedBaseAmount() {
        fixture.givenCurrentTime(NOW)
                .when(usdDeal("deal-2", "10.05", "80.125"))
                // 10.05 x 80.125 = 805.25625 -> 805.26 (half-even to kopecks)
                .expectEvents(created("deal-2", "Export deal", new BigDecimal("10.05"), "USD", "RUB",
                        new BigDecimal("80.125"), new BigDecimal("805.26"), NOW, RESPONSIBLE, false));
    }

    @Test
    void theTitleIsStoredWithoutSurroundingBlanks() {
        fixture.givenCurrentTime(NOW)
                .when(command("deal-3", "  Padded  ", BigDecimal.TEN, "RUB", BigDecimal.ONE))
                .expectEvents(created("deal-3", "Padded", BigDecimal.TEN, "RUB", "RUB",
                        BigDecimal.ONE, new BigDecimal("10.00"), NOW, RESPONSIBLE, false));
    }

    @Test
    void theResponsibleEmployeeAndTheOpenFlagAreRecorded() {
        fixture.givenCurrentTime(NOW)
                .when(create("deal-9", "Shared", BigDecimal.ONE, "RUB", BigDecimal.ONE, "manager-7", true))
                .expectEvents(created("deal-9", "Shared", BigDecimal.ONE, "RUB", "RUB",
                        BigDecimal.ONE, new BigDecimal("1.00"), NOW, "manager-7", true));
    }

    @Test
    void aDealWithoutAResponsibleEmployeeIsRefused() {
        fixture.givenCurrentTime(NOW)
                .when(create("deal-10", "Deal", BigDecimal.ONE, "RUB", BigDecimal.ONE, " ", false))
                .expectException(InvalidFieldException.class)
                .expectNoEvents();
    }

    @Test
    void aNegativeAmountIsRefused() {
        fixture.givenCurrentTime(NOW)
                .when(command("deal-4", "Deal", new BigDecimal("-1.00"), "RUB", BigDecimal.ONE))
                .expectException(InvalidFieldException.class)
                .expectExceptionMessage("must not be negative")
                .expectNoEvents();
    }

    @Test
    void anAmountWithMoreThanTwoDecimalsIsRefused() {
        fixture.givenCurrentTime(NOW)
                .when(command("deal-5", "Deal", new BigDecimal("1.001"), "RUB", BigDecimal.ONE))
                .expectException(InvalidFieldException.class)
                .expectNoEvents();
    }

    @Test
    void aBlankTitleIsRefused() {
        fixture.givenCurrentTime(NOW)
                .when(command("deal-6", "   ", BigDecimal.ONE, "RUB", BigDecimal.ONE))
                .expectException(InvalidFieldException.class)
                .expectExceptionMessage("must not be blank")
                .expectNoEvents();
    }

    @Test
    void aTitleLongerThanTheLimitIsRefused() {
        fixture.givenCurrentTime(NOW)
                .when(command("deal-7", "x".repeat(DealInput.MAX_TITLE_LENGTH + 1), BigDecimal.ONE, "RUB", BigDecimal.ONE))
                .expectException(InvalidFieldException.class)
                .expectNoEvents();
    }

    @Test
    void aDealWithoutAUsableRateIsRefused() {
        fixture.givenCurrentTime(NOW)
                .when(command("deal-8", "Deal", BigDecimal.ONE, "USD", BigDecimal.ZERO))
                .expectException(InvalidFieldException.class)
                .expectNoEvents();
    }

    private static CreateDealCommand command(String id, String title, BigDecimal amount, String currency, BigDecimal rate) {
        return create(id, title, amount, currency, rate, RESPONSIBLE, false);
    }
}
