package io.salescrm.billing.contract;

import io.salescrm.billing.api.quote.QuoteAcceptedEvent;
import io.salescrm.billing.api.quote.QuoteContent;
import io.salescrm.billing.api.quote.QuoteCreatedEvent;
import io.salescrm.billing.api.quote.QuoteDeclinedEvent;
import io.salescrm.billing.api.quote.QuoteDelivery;
import io.salescrm.billing.api.quote.QuoteExpiredEvent;
import io.salescrm.billing.api.quote.QuoteLine;
import io.salescrm.billing.api.quote.QuoteRevisedEvent;
import io.salescrm.billing.api.quote.QuoteSentEvent;
import io.salescrm.billing.api.quote.QuoteSignature;
import io.salescrm.billing.api.quote.QuoteTotals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One sample of every quote event with its fixture file (name-revision.json under /contracts). */
final class QuoteEventSamples {

    record Sample(String fixture, Object event) {
        @Override
        public String toString() {
            return fixture;
        }
    }

    static final String QUOTE = "5b0c2f7e-1d2a-4e3b-9c4d-5e6f7a8b9c0d";
    static final String DEAL = "3f1c9a52-7c1e-4c4e-9a8e-0a3b5d7e9f10";
    static final Instant AT = Instant.parse("2026-03-01T10:15:30Z");

    private QuoteEventSamples() {
    }

    static QuoteContent content() {
        QuoteLine line = new QuoteLine("product-1", null, "Кресло", "CH-1", "шт", new BigDecimal("2"), new BigDecimal("1000.00"),
                "promotion-1", new BigDecimal("850.00"), new BigDecimal("10"), new BigDecimal("20"), new BigDecimal("1700.00"),
                new BigDecimal("170.00"), new BigDecimal("1530.00"), new BigDecimal("306.00"), new BigDecimal("1836.00"));
        return new QuoteContent("RUB", "price-type-retail", List.of(line),
                new QuoteTotals(new BigDecimal("1700.00"), new BigDecimal("170.00"), new BigDecimal("1530.00"),
                        new BigDecimal("306.00"), new BigDecimal("1836.00")),
                "Уважаемый Иван Петрович!", "Предлагаем вам кресла.", "С уважением, Анна", "template-1", 3L,
                List.of("client.contactName"), new QuoteSignature("Анна Смирнова", "Менеджер", "anna@seller.example"),
                LocalDate.of(2026, 3, 15));
    }

    static List<Sample> all() {
        return List.of(
                new Sample("QuoteCreatedEvent-1.json", new QuoteCreatedEvent(QUOTE, DEAL, "company-1", "contact-1", "manager-7", false, content(), AT)),
                new Sample("QuoteRevisedEvent-1.json", new QuoteRevisedEvent(QUOTE, 2, content(), AT)),
                new Sample("QuoteSentEvent-1.json", new QuoteSentEvent(QUOTE, 2, DEAL, "company-1", "contact-1", "manager-7",
                        "ivan@romashka.example", QuoteDelivery.OUTBOX, "document-1", new BigDecimal("1836.00"), "RUB", AT)),
                new Sample("QuoteAcceptedEvent-1.json", new QuoteAcceptedEvent(QUOTE, 2, DEAL, "company-1", "contact-1", "manager-7",
                        false, content(), true, AT)),
                new Sample("QuoteDeclinedEvent-1.json", new QuoteDeclinedEvent(QUOTE, 2, DEAL, "Слишком дорого", AT)),
                new Sample("QuoteExpiredEvent-1.json", new QuoteExpiredEvent(QUOTE, 2, DEAL, LocalDate.of(2026, 3, 15), AT)));
    }
}
