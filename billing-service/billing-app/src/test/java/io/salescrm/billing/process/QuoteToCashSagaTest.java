package io.salescrm.billing.process;

import io.salescrm.billing.api.invoice.CreateInvoiceCommand;
import io.salescrm.billing.api.invoice.InvoiceCancelledEvent;
import io.salescrm.billing.api.invoice.InvoiceCreatedEvent;
import io.salescrm.billing.api.invoice.InvoiceLineInput;
import io.salescrm.billing.api.invoice.InvoicePaidEvent;
import io.salescrm.billing.api.invoice.InvoiceSource;
import io.salescrm.billing.api.invoice.IssueInvoiceCommand;
import io.salescrm.billing.api.invoice.PartyRequisites;
import io.salescrm.billing.api.quote.QuoteAcceptedEvent;
import io.salescrm.billing.api.quote.QuoteContent;
import io.salescrm.billing.api.quote.QuoteLine;
import io.salescrm.billing.api.quote.QuoteTotals;
import io.salescrm.platform.currency.ExchangeRates;
import io.salescrm.billing.invoice.InvoiceMother;
import io.salescrm.billing.invoice.requisites.InvoiceRequisites;
import org.axonframework.test.saga.FixtureConfiguration;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The quote -> invoice -> payment process, one rule per test. */
class QuoteToCashSagaTest {

    static final String QUOTE = "quote-1";
    static final Instant AT = Instant.parse("2026-03-01T10:15:30Z");
    static final PartyRequisites PAYER = InvoiceMother.PAYER;
    static final PartyRequisites SELLER = InvoiceMother.SELLER;

    private FixtureConfiguration fixture;
    private final String invoiceId = QuoteToCashSaga.invoiceIdFor(QUOTE, 2);

    /** Requisites as billing would know them: the payer of company-1, the configured seller. */
    static final class KnownRequisites implements InvoiceRequisites {
        @Override
        public IssueInvoiceCommand issue(String invoiceId, String companyId, String contactId, LocalDate dueDate) {
            return new IssueInvoiceCommand(invoiceId, dueDate, PAYER, SELLER);
        }
    }

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(QuoteToCashSaga.class);
        fixture.registerResource(new ExchangeRates("RUB", Map.of("USD", new BigDecimal("80.00"))));
        fixture.registerResource(new KnownRequisites());
    }

    static QuoteAcceptedEvent accepted(boolean createInvoice) {
        QuoteLine line = new QuoteLine("product-1", null, "Кресло", "CH-1", "шт", new BigDecimal("2"), new BigDecimal("1000.00"),
                null, new BigDecimal("850.00"), new BigDecimal("10"), new BigDecimal("20"), new BigDecimal("1700.00"),
                new BigDecimal("170.00"), new BigDecimal("1530.00"), new BigDecimal("306.00"), new BigDecimal("1836.00"));
        QuoteContent content = new QuoteContent("USD", "price-type-1", List.of(line), new QuoteTotals(new BigDecimal("1700.00"),
                new BigDecimal("170.00"), new BigDecimal("1530.00"), new BigDecimal("306.00"), new BigDecimal("1836.00")),
                "Здравствуйте!", null, null, null, null, List.of(), null, LocalDate.parse("2026-03-15"));
        return new QuoteAcceptedEvent(QUOTE, 2, "deal-1", "company-1", "contact-1", "manager-7", false, content,
                createInvoice, AT);
    }

    InvoiceCreatedEvent created() {
        return new InvoiceCreatedEvent(invoiceId, InvoiceSource.QUOTE, QUOTE, "deal-1", "company-1", "contact-1",
                "manager-7", false, "USD", "RUB", new BigDecimal("80.00"), false, List.of(), List.of(),
                new BigDecimal("1530.00"), new BigDecimal("306.00"), new BigDecimal("1836.00"),
                new BigDecimal("146880.00"), 14, null, AT);
    }

    @Test
    void aQuoteAcceptedWithAnInvoiceDraftsItFromTheAcceptedVersionPricedAsTheQuoteWas() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(accepted(true))
                .expectActiveSagas(1)
                .expectAssociationWith("invoiceId", invoiceId)
                .expectDispatchedCommands(new CreateInvoiceCommand(invoiceId, InvoiceSource.QUOTE, QUOTE, "deal-1",
                        "company-1", "contact-1", "manager-7", false, "USD", "RUB", new BigDecimal("80.00"), false,
                        List.of(new InvoiceLineInput("product-1", "Кресло", new BigDecimal("2"), "шт",
                                new BigDecimal("850.00"), new BigDecimal("10"), null, new BigDecimal("20"))),
                        QuoteToCashSaga.PAYMENT_TERM_DAYS, null));
    }

    @Test
    void aQuoteAcceptedWithoutAnInvoiceStartsNothing() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(accepted(false))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();
    }

    @Test
    void theDraftedInvoiceIsIssuedWithThePayersAndSellersRequisites() {
        fixture.givenAPublished(accepted(true))
                .whenPublishingA(created())
                .expectActiveSagas(1)
                .expectDispatchedCommands(new IssueInvoiceCommand(invoiceId, null, PAYER, SELLER));
    }

    @Test
    void theProcessEndsWhenTheInvoiceIsPaid() {
        fixture.givenAPublished(accepted(true)).andThenAPublished(created())
                .whenPublishingA(new InvoicePaidEvent(invoiceId, "2026-000001", "deal-1", "company-1", "manager-7", "USD",
                        new BigDecimal("1836.00"), "RUB", new BigDecimal("80.00"), new BigDecimal("146880.00"), AT))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();
    }

    @Test
    void theProcessEndsWhenTheInvoiceIsCancelled() {
        fixture.givenAPublished(accepted(true)).andThenAPublished(created())
                .whenPublishingA(new InvoiceCancelledEvent(invoiceId, null, "deal-1", "client changed his mind", AT))
                .expectActiveSagas(0);
    }

    @Test
    void theInvoiceOfAQuoteVersionHasOneIdHoweverOftenTheAcceptanceArrives() {
        org.assertj.core.api.Assertions.assertThat(QuoteToCashSaga.invoiceIdFor(QUOTE, 2))
                .isEqualTo(QuoteToCashSaga.invoiceIdFor(QUOTE, 2))
                .isNotEqualTo(QuoteToCashSaga.invoiceIdFor(QUOTE, 3));
    }
}
