package io.salescrm.billing.invoice.command;

import io.salescrm.billing.api.invoice.InvoiceCancelledEvent;
import io.salescrm.billing.api.invoice.InvoicePaidEvent;
import io.salescrm.billing.api.payment.PaymentMethod;
import io.salescrm.billing.api.payment.PaymentRefundedEvent;
import io.salescrm.billing.api.payment.RefundPaymentCommand;
import io.salescrm.billing.api.payment.RegisterPaymentCommand;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static io.salescrm.billing.invoice.InvoiceMother.COMPANY;
import static io.salescrm.billing.invoice.InvoiceMother.CREATED;
import static io.salescrm.billing.invoice.InvoiceMother.DEAL;
import static io.salescrm.billing.invoice.InvoiceMother.ISSUED;
import static io.salescrm.billing.invoice.InvoiceMother.ISSUE_DAY;
import static io.salescrm.billing.invoice.InvoiceMother.RESPONSIBLE;
import static io.salescrm.billing.invoice.InvoiceMother.created;
import static io.salescrm.billing.invoice.InvoiceMother.issued;
import static io.salescrm.billing.invoice.InvoiceMother.paid;
import static io.salescrm.billing.invoice.InvoiceMother.pay;

/** Payment and refund rules of an invoice (total 1200.00 RUB). */
class InvoicePaymentTest {

    private static final Instant LATER = Instant.parse("2026-03-05T12:00:00Z");

    private FixtureConfiguration<Invoice> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Invoice.class);
    }

    @Test
    void aPartialPaymentLeavesABalance() {
        fixture.given(created("inv-1"), issued("inv-1", "2026-000001")).andGivenCurrentTime(LATER)
                .when(pay("inv-1", "pay-1", "500.00"))
                .expectEvents(paid("inv-1", "pay-1", "500.00", "500.00", LATER))
                .expectResultMessagePayload(true);
    }

    @Test
    void thePaymentThatReachesTheTotalPaysTheInvoiceForTheDeal() {
        fixture.given(created("inv-1"), issued("inv-1", "2026-000001"), paid("inv-1", "pay-1", "500.00", "500.00", ISSUED))
                .andGivenCurrentTime(LATER)
                .when(pay("inv-1", "pay-2", "700.00"))
                .expectEvents(paid("inv-1", "pay-2", "700.00", "1200.00", LATER),
                        new InvoicePaidEvent("inv-1", "2026-000001", DEAL, COMPANY, RESPONSIBLE, "RUB",
                                new BigDecimal("1200.00"), "RUB", BigDecimal.ONE, new BigDecimal("1200.00"), LATER));
    }

    @Test
    void anOverpaymentIsRefusedNamingTheOutstandingBalance() {
        fixture.given(created("inv-1"), issued("inv-1", "2026-000001"), paid("inv-1", "pay-1", "500.00", "500.00", ISSUED))
                .when(pay("inv-1", "pay-2", "700.01"))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("The payment of 700.01 RUB exceeds the outstanding balance of 700.00 RUB of invoice 2026-000001.");
    }

    @Test
    void aRepeatedPaymentIdChangesNothing() {
        fixture.given(created("inv-1"), issued("inv-1", "2026-000001"), paid("inv-1", "pay-1", "500.00", "500.00", ISSUED))
                .when(pay("inv-1", "pay-1", "500.00"))
                .expectSuccessfulHandlerExecution().expectNoEvents().expectResultMessagePayload(false);
    }

    @Test
    void aDraftOrCancelledInvoiceTakesNoPayment() {
        fixture.given(created("inv-1")).when(pay("inv-1", "pay-1", "1.00"))
                .expectException(RuleViolationException.class);
        fixture.given(created("inv-1"), issued("inv-1", "2026-000001"),
                        new InvoiceCancelledEvent("inv-1", "2026-000001", DEAL, null, ISSUED))
                .when(pay("inv-1", "pay-1", "1.00"))
                .expectException(RuleViolationException.class);
    }

    @Test
    void aPaymentNeedsAPositiveAmountInMinorUnitsADateNotInTheFutureAndAMethod() {
        fixture.given(created("inv-1"), issued("inv-1", "2026-000001")).andGivenCurrentTime(LATER)
                .when(pay("inv-1", "pay-1", "0.00")).expectException(InvalidFieldException.class);
        fixture.given(created("inv-1"), issued("inv-1", "2026-000001")).andGivenCurrentTime(LATER)
                .when(pay("inv-1", "pay-1", "1.001")).expectException(InvalidFieldException.class);
        fixture.given(created("inv-1"), issued("inv-1", "2026-000001")).andGivenCurrentTime(LATER)
                .when(new RegisterPaymentCommand("inv-1", "pay-1", BigDecimal.TEN, ISSUE_DAY.plusDays(10),
                        PaymentMethod.CASH, null, null))
                .expectException(InvalidFieldException.class);
        fixture.given(created("inv-1"), issued("inv-1", "2026-000001")).andGivenCurrentTime(LATER)
                .when(new RegisterPaymentCommand("inv-1", "pay-1", BigDecimal.TEN, ISSUE_DAY, null, null, null))
                .expectException(InvalidFieldException.class);
    }

    @Test
    void aRefundGivesBackPartOfAPaymentAndRaisesTheBalance() {
        fixture.given(created("inv-1"), issued("inv-1", "2026-000001"), paid("inv-1", "pay-1", "1200.00", "1200.00", ISSUED))
                .andGivenCurrentTime(LATER)
                .when(new RefundPaymentCommand("inv-1", "ref-1", "pay-1", new BigDecimal("200.00"), ISSUE_DAY, "return"))
                .expectEvents(new PaymentRefundedEvent("inv-1", "ref-1", "pay-1", new BigDecimal("200.00"), "RUB",
                        ISSUE_DAY, "return", new BigDecimal("1000.00"), new BigDecimal("200.00"), LATER));
    }

    @Test
    void aRefundCannotExceedWhatIsLeftOfThePayment() {
        fixture.given(created("inv-1"), issued("inv-1", "2026-000001"), paid("inv-1", "pay-1", "500.00", "500.00", ISSUED),
                        new PaymentRefundedEvent("inv-1", "ref-1", "pay-1", new BigDecimal("400.00"), "RUB", ISSUE_DAY,
                                null, new BigDecimal("100.00"), new BigDecimal("1100.00"), ISSUED))
                .when(new RefundPaymentCommand("inv-1", "ref-2", "pay-1", new BigDecimal("100.01"), ISSUE_DAY, null))
                .expectException(RuleViolationException.class);
    }

    @Test
    void aRefundNamesAPaymentOfTheInvoiceAndIsMadeOnce() {
        fixture.given(created("inv-1"), issued("inv-1", "2026-000001"), paid("inv-1", "pay-1", "500.00", "500.00", ISSUED))
                .when(new RefundPaymentCommand("inv-1", "ref-1", "pay-9", new BigDecimal("1.00"), ISSUE_DAY, null))
                .expectException(InvalidFieldException.class);
        fixture.given(created("inv-1"), issued("inv-1", "2026-000001"), paid("inv-1", "pay-1", "500.00", "500.00", ISSUED),
                        new PaymentRefundedEvent("inv-1", "ref-1", "pay-1", new BigDecimal("100.00"), "RUB", ISSUE_DAY,
                                null, new BigDecimal("400.00"), new BigDecimal("800.00"), ISSUED))
                .when(new RefundPaymentCommand("inv-1", "ref-1", "pay-1", new BigDecimal("100.00"), ISSUE_DAY, null))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void afterAFullRefundTheInvoiceCanBeCancelled() {
        fixture.given(created("inv-1"), issued("inv-1", "2026-000001"), paid("inv-1", "pay-1", "500.00", "500.00", ISSUED),
                        new PaymentRefundedEvent("inv-1", "ref-1", "pay-1", new BigDecimal("500.00"), "RUB", ISSUE_DAY,
                                null, new BigDecimal("0.00"), new BigDecimal("1200.00"), ISSUED))
                .andGivenCurrentTime(CREATED)
                .when(new io.salescrm.billing.api.invoice.CancelInvoiceCommand("inv-1", null))
                .expectEvents(new InvoiceCancelledEvent("inv-1", "2026-000001", DEAL, null, CREATED));
    }
}
