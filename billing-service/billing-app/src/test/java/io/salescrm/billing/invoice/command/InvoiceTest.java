package io.salescrm.billing.invoice.command;

import io.salescrm.billing.api.invoice.CancelInvoiceCommand;
import io.salescrm.billing.api.invoice.CreateInvoiceCommand;
import io.salescrm.billing.api.invoice.InvoiceCancelledEvent;
import io.salescrm.billing.api.invoice.InvoiceCreatedEvent;
import io.salescrm.billing.api.invoice.InvoiceIssuedEvent;
import io.salescrm.billing.api.invoice.InvoiceLine;
import io.salescrm.billing.api.invoice.InvoiceLineInput;
import io.salescrm.billing.api.invoice.InvoiceOverdueEvent;
import io.salescrm.billing.api.invoice.InvoiceSource;
import io.salescrm.billing.api.invoice.IssueInvoiceCommand;
import io.salescrm.billing.api.invoice.MarkInvoiceOverdueCommand;
import io.salescrm.billing.api.invoice.VatLine;
import io.salescrm.billing.numbering.InvoiceNumbering;
import io.salescrm.billing.numbering.JdbcInvoiceNumbering;
import io.salescrm.platform.rules.ConflictException;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static io.salescrm.billing.invoice.InvoiceMother.COMPANY;
import static io.salescrm.billing.invoice.InvoiceMother.CREATED;
import static io.salescrm.billing.invoice.InvoiceMother.DEAL;
import static io.salescrm.billing.invoice.InvoiceMother.ISSUED;
import static io.salescrm.billing.invoice.InvoiceMother.ISSUE_DAY;
import static io.salescrm.billing.invoice.InvoiceMother.PAYER;
import static io.salescrm.billing.invoice.InvoiceMother.RESPONSIBLE;
import static io.salescrm.billing.invoice.InvoiceMother.SELLER;
import static io.salescrm.billing.invoice.InvoiceMother.create;
import static io.salescrm.billing.invoice.InvoiceMother.created;
import static io.salescrm.billing.invoice.InvoiceMother.issue;
import static io.salescrm.billing.invoice.InvoiceMother.issued;
import static io.salescrm.billing.invoice.InvoiceMother.lineInput;
import static io.salescrm.billing.invoice.InvoiceMother.paid;
import static org.assertj.core.api.Assertions.assertThat;

/** Drafting, issuing, overdue and cancelling rules of the invoice; payments are in InvoicePaymentTest. */
class InvoiceTest {

    private FixtureConfiguration<Invoice> fixture;
    private final AtomicLong counter = new AtomicLong();
    private final List<Integer> yearsAsked = new ArrayList<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Invoice.class);
        fixture.registerInjectableResource((InvoiceNumbering) year -> {
            yearsAsked.add(year);
            return JdbcInvoiceNumbering.format(year, counter.incrementAndGet());
        });
    }

    @Test
    void aDraftIsPricedVatIncludedPerLineWithVatGroupedByRateAndHasNoNumber() {
        fixture.givenCurrentTime(CREATED)
                .when(create("inv-1", List.of(lineInput("Consulting", "2", "600.00", "20"),
                        new InvoiceLineInput("p-1", "Book", new BigDecimal("3"), "pcs", new BigDecimal("99.99"),
                                new BigDecimal("10"), null, new BigDecimal("10")),
                        new InvoiceLineInput(null, "Support", BigDecimal.ONE, "h", new BigDecimal("150.00"), null,
                                new BigDecimal("30.00"), new BigDecimal("20")))))
                // Book: 3 x 99.99 = 299.97 less 10% = 269.973 -> 269.97, containing 10/110 VAT = 24.5427 -> 24.54
                // Support: 150.00 less 30.00 = 120.00, containing 20/120 VAT = 20.00
                .expectEvents(new InvoiceCreatedEvent("inv-1", InvoiceSource.DEAL, null, DEAL, COMPANY, null, RESPONSIBLE,
                        false, "RUB", "RUB", BigDecimal.ONE, true, List.of(
                        new InvoiceLine(null, "Consulting", new BigDecimal("2"), "pcs", new BigDecimal("600.00"),
                                BigDecimal.ZERO, null, new BigDecimal("20"), new BigDecimal("1000.00"),
                                new BigDecimal("200.00"), new BigDecimal("1200.00")),
                        new InvoiceLine("p-1", "Book", new BigDecimal("3"), "pcs", new BigDecimal("99.99"),
                                new BigDecimal("10"), null, new BigDecimal("10"), new BigDecimal("245.43"),
                                new BigDecimal("24.54"), new BigDecimal("269.97")),
                        new InvoiceLine(null, "Support", BigDecimal.ONE, "h", new BigDecimal("150.00"),
                                BigDecimal.ZERO, new BigDecimal("30.00"), new BigDecimal("20"), new BigDecimal("100.00"),
                                new BigDecimal("20.00"), new BigDecimal("120.00"))),
                        List.of(new VatLine(new BigDecimal("20"), new BigDecimal("1100.00"), new BigDecimal("220.00")),
                                new VatLine(new BigDecimal("10"), new BigDecimal("245.43"), new BigDecimal("24.54"))),
                        new BigDecimal("1345.43"), new BigDecimal("244.54"), new BigDecimal("1589.97"),
                        new BigDecimal("1589.97"), 14, null, CREATED));
    }

    @Test
    void aForeignCurrencyDraftCarriesTheRateAndItsTotalInTheBaseCurrency() {
        fixture.givenCurrentTime(CREATED)
                .when(new CreateInvoiceCommand("inv-2", InvoiceSource.MANUAL, null, null, COMPANY, null, RESPONSIBLE, true,
                        "USD", "RUB", new BigDecimal("80.125"), true, List.of(lineInput("Licence", "1", "10.05", null)), 30, " Net 30 "))
                // 10.05 x 80.125 = 805.25625 -> 805.26 (half-even to kopecks); no VAT: one VAT line without a rate
                .expectEvents(new InvoiceCreatedEvent("inv-2", InvoiceSource.MANUAL, null, null, COMPANY, null, RESPONSIBLE,
                        true, "USD", "RUB", new BigDecimal("80.125"), true, List.of(new InvoiceLine(null, "Licence",
                        new BigDecimal("1"), "pcs", new BigDecimal("10.05"), BigDecimal.ZERO, null, null,
                        new BigDecimal("10.05"), new BigDecimal("0.00"), new BigDecimal("10.05"))),
                        List.of(new VatLine(null, new BigDecimal("10.05"), new BigDecimal("0.00"))),
                        new BigDecimal("10.05"), new BigDecimal("0.00"), new BigDecimal("10.05"), new BigDecimal("805.26"),
                        30, "Net 30", CREATED));
    }

    @Test
    void pricesWithoutVatGetTheVatAddedOnTopAsQuotesHaveIt() {
        fixture.givenCurrentTime(CREATED)
                .when(new CreateInvoiceCommand("inv-4", InvoiceSource.QUOTE, "quote-1", DEAL, COMPANY, null, RESPONSIBLE,
                        false, "RUB", "RUB", BigDecimal.ONE, false, List.of(new InvoiceLineInput("p-1", "Кресло",
                        new BigDecimal("2"), "шт", new BigDecimal("850.00"), new BigDecimal("10"), null,
                        new BigDecimal("20"))), 14, null))
                // 2 x 850.00 less 10% = 1530.00 net, + 20% VAT 306.00 = 1836.00
                .expectEvents(new InvoiceCreatedEvent("inv-4", InvoiceSource.QUOTE, "quote-1", DEAL, COMPANY, null,
                        RESPONSIBLE, false, "RUB", "RUB", BigDecimal.ONE, false, List.of(new InvoiceLine("p-1", "Кресло",
                        new BigDecimal("2"), "шт", new BigDecimal("850.00"), new BigDecimal("10"), null,
                        new BigDecimal("20"), new BigDecimal("1530.00"), new BigDecimal("306.00"), new BigDecimal("1836.00"))),
                        List.of(new VatLine(new BigDecimal("20"), new BigDecimal("1530.00"), new BigDecimal("306.00"))),
                        new BigDecimal("1530.00"), new BigDecimal("306.00"), new BigDecimal("1836.00"),
                        new BigDecimal("1836.00"), 14, null, CREATED));
    }

    @Test
    void aDiscountCannotExceedTheLine() {
        fixture.givenNoPriorActivity()
                .when(create("inv-1", List.of(new InvoiceLineInput(null, "X", BigDecimal.ONE, null, BigDecimal.TEN, null,
                        new BigDecimal("10.01"), null))))
                .expectException(org.axonframework.test.matchers.Matchers.predicate(
                        e -> e instanceof InvalidFieldException f && f.field().equals("lines[0].discountAmount")));
    }

    @Test
    void aDraftNeedsLinesAPayerAndValidAmounts() {
        fixture.givenNoPriorActivity().when(create("inv-1", List.of())).expectException(InvalidFieldException.class);
        fixture.givenNoPriorActivity().when(create("inv-1", List.of(lineInput("Bad", "0", "1.00", "20"))))
                .expectException(InvalidFieldException.class).expectException(org.axonframework.test.matchers.Matchers.predicate(e -> e instanceof InvalidFieldException f && f.field().equals("lines[0].quantity")));
        fixture.givenNoPriorActivity().when(create("inv-1", List.of(lineInput("Bad", "1", "1.001", "20"))))
                .expectException(InvalidFieldException.class);
        fixture.givenNoPriorActivity().when(create("inv-1", List.of(lineInput("Bad", "1", "1.00", "120"))))
                .expectException(InvalidFieldException.class);
        fixture.givenNoPriorActivity().when(new CreateInvoiceCommand("inv-1", InvoiceSource.MANUAL, null, null, null, null, RESPONSIBLE, false,
                "RUB", "RUB", BigDecimal.ONE, true, List.of(lineInput("X", "1", "1.00", "0")), 14, null))
                .expectException(InvalidFieldException.class);
        fixture.givenNoPriorActivity().when(new CreateInvoiceCommand("inv-1", InvoiceSource.QUOTE, null, null, COMPANY, null, RESPONSIBLE, false,
                "RUB", "RUB", BigDecimal.ONE, true, List.of(lineInput("X", "1", "1.00", "0")), 14, null))
                .expectException(InvalidFieldException.class);
    }

    @Test
    void issuingGivesTheNextNumberOfTheIssueYearAndPrintsTheRequisites() {
        fixture.given(created("inv-1"))
                .andGivenCurrentTime(ISSUED)
                .when(issue("inv-1"))
                .expectEvents(issued("inv-1", "2026-000001"));
        assertThat(yearsAsked).containsExactly(2026);
    }

    @Test
    void anExplicitDueDateIsKeptButNeverBeforeTheIssueDate() {
        fixture.given(created("inv-1")).andGivenCurrentTime(ISSUED)
                .when(new IssueInvoiceCommand("inv-1", ISSUE_DAY.plusDays(3), PAYER, SELLER))
                .expectEvents(new InvoiceIssuedEvent("inv-1", "2026-000001", ISSUE_DAY, ISSUE_DAY.plusDays(3), PAYER, SELLER,
                        DEAL, COMPANY, null, RESPONSIBLE, "RUB", new BigDecimal("1200.00"), "RUB", BigDecimal.ONE,
                        new BigDecimal("1200.00"), ISSUED));
        fixture.given(created("inv-1")).andGivenCurrentTime(ISSUED)
                .when(new IssueInvoiceCommand("inv-1", ISSUE_DAY.minusDays(1), PAYER, SELLER))
                .expectException(InvalidFieldException.class);
        assertThat(yearsAsked).hasSize(1);
    }

    @Test
    void anInvoiceIsIssuedOnceAndTheRefusalTakesNoNumber() {
        fixture.given(created("inv-1"), issued("inv-1", "2026-000007")).andGivenCurrentTime(ISSUED)
                .when(issue("inv-1"))
                .expectException(ConflictException.class)
                .expectNoEvents();
        assertThat(yearsAsked).isEmpty();
    }

    @Test
    void issuingNeedsThePayersAndSellersRequisites() {
        fixture.given(created("inv-1")).andGivenCurrentTime(ISSUED)
                .when(new IssueInvoiceCommand("inv-1", null, null, SELLER))
                .expectException(InvalidFieldException.class);
        assertThat(yearsAsked).isEmpty();
    }

    @Test
    void aCancelledDraftCannotBeIssued() {
        fixture.given(created("inv-1"), new InvoiceCancelledEvent("inv-1", null, DEAL, null, CREATED))
                .when(issue("inv-1"))
                .expectException(RuleViolationException.class);
    }

    @Test
    void anInvoiceBecomesOverdueOnceWhenItsDueDatePassesWithABalance() {
        LocalDate due = ISSUE_DAY.plusDays(14);
        Instant detected = Instant.parse("2026-03-17T01:00:00Z");
        fixture.given(created("inv-1"), issued("inv-1", "2026-000001"), paid("inv-1", "pay-1", "200.00", "200.00", ISSUED))
                .andGivenCurrentTime(detected)
                .when(new MarkInvoiceOverdueCommand("inv-1", due.plusDays(1)))
                .expectEvents(new InvoiceOverdueEvent("inv-1", "2026-000001", DEAL, RESPONSIBLE, due,
                        new BigDecimal("1000.00"), "RUB", detected))
                .expectResultMessagePayload(true);
        fixture.given(created("inv-1"), issued("inv-1", "2026-000001"),
                        new InvoiceOverdueEvent("inv-1", "2026-000001", DEAL, RESPONSIBLE, due, new BigDecimal("1200.00"), "RUB", detected))
                .when(new MarkInvoiceOverdueCommand("inv-1", due.plusDays(2)))
                .expectNoEvents().expectResultMessagePayload(false);
    }

    @Test
    void anInvoiceIsNotOverdueOnItsDueDateNorWhenPaidNorAsADraft() {
        LocalDate due = ISSUE_DAY.plusDays(14);
        fixture.given(created("inv-1"), issued("inv-1", "2026-000001"))
                .when(new MarkInvoiceOverdueCommand("inv-1", due)).expectNoEvents();
        fixture.given(created("inv-1"), issued("inv-1", "2026-000001"), paid("inv-1", "pay-1", "1200.00", "1200.00", ISSUED))
                .when(new MarkInvoiceOverdueCommand("inv-1", due.plusDays(30))).expectNoEvents();
        fixture.given(created("inv-1"))
                .when(new MarkInvoiceOverdueCommand("inv-1", due.plusDays(30))).expectNoEvents();
    }

    @Test
    void anInvoiceWithoutMoneyOnItIsCancelledAndKeepsItsNumber() {
        fixture.given(created("inv-1"), issued("inv-1", "2026-000001")).andGivenCurrentTime(ISSUED)
                .when(new CancelInvoiceCommand("inv-1", "client withdrew"))
                .expectEvents(new InvoiceCancelledEvent("inv-1", "2026-000001", DEAL, "client withdrew", ISSUED));
    }

    @Test
    void cancellingTwiceChangesNothing() {
        fixture.given(created("inv-1"), new InvoiceCancelledEvent("inv-1", null, DEAL, null, CREATED))
                .when(new CancelInvoiceCommand("inv-1", null))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void anInvoiceWithPaymentsOnItIsNotCancelledUntilTheyAreRefunded() {
        fixture.given(created("inv-1"), issued("inv-1", "2026-000001"), paid("inv-1", "pay-1", "100.00", "100.00", ISSUED))
                .when(new CancelInvoiceCommand("inv-1", null))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Invoice 2026-000001 has 100.00 RUB of payments on it: refund them before cancelling.");
    }
}
