package io.salescrm.billing.contract;

import io.salescrm.billing.api.invoice.InvoiceCancelledEvent;
import io.salescrm.billing.api.invoice.InvoiceCreatedEvent;
import io.salescrm.billing.api.invoice.InvoiceIssuedEvent;
import io.salescrm.billing.api.invoice.InvoiceLine;
import io.salescrm.billing.api.invoice.InvoiceOverdueEvent;
import io.salescrm.billing.api.invoice.InvoicePaidEvent;
import io.salescrm.billing.api.invoice.InvoiceSource;
import io.salescrm.billing.api.invoice.PartyRequisites;
import io.salescrm.billing.api.invoice.VatLine;
import io.salescrm.billing.api.payment.PaymentMethod;
import io.salescrm.billing.api.payment.PaymentRefundedEvent;
import io.salescrm.billing.api.payment.PaymentRegisteredEvent;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One sample of every invoice and payment event with its fixture file (name-revision.json under /contracts). */
final class InvoiceEventSamples {

    static final String INVOICE = "7d2e4f60-3b1a-4c5d-8e9f-0a1b2c3d4e5f";
    static final String DEAL = "3f1c9a52-7c1e-4c4e-9a8e-0a3b5d7e9f10";
    static final Instant AT = Instant.parse("2026-03-01T10:15:30Z");
    static final LocalDate DAY = LocalDate.parse("2026-03-01");
    static final PartyRequisites PAYER = new PartyRequisites("ООО «Ромашка»", "7707083893", "773601001",
            "125009, Москва, ул. Тверская, д. 1", "ПАО Сбербанк", "044525225", "40702810938000000001", "30101810400000000225");
    static final PartyRequisites SELLER = new PartyRequisites("ООО «Продавец»", "7700000000", "770001001",
            "101000, Москва, ул. Примерная, д. 1", "АО «Банк»", "044525000", "40702810000000000000", "30101810000000000000");

    private InvoiceEventSamples() {
    }

    static List<QuoteEventSamples.Sample> all() {
        return List.of(
                new QuoteEventSamples.Sample("InvoiceCreatedEvent-1.json", new InvoiceCreatedEvent(INVOICE, InvoiceSource.QUOTE,
                        "quote-1", DEAL, "company-1", "contact-1", "manager-7", false, "USD", "RUB", new BigDecimal("80.1250"),
                        true, List.of(new InvoiceLine("product-1", "Кресло", new BigDecimal("2"), "шт",
                        new BigDecimal("600.00"), new BigDecimal("10"), null, new BigDecimal("20"), new BigDecimal("900.00"),
                        new BigDecimal("180.00"), new BigDecimal("1080.00"))),
                        List.of(new VatLine(new BigDecimal("20"), new BigDecimal("900.00"), new BigDecimal("180.00"))),
                        new BigDecimal("900.00"), new BigDecimal("180.00"), new BigDecimal("1080.00"),
                        new BigDecimal("86535.00"), 14, "Оплата в течение 14 дней", AT)),
                new QuoteEventSamples.Sample("InvoiceIssuedEvent-1.json", new InvoiceIssuedEvent(INVOICE, "2026-000123", DAY,
                        DAY.plusDays(14), PAYER, SELLER, DEAL, "company-1", "contact-1", "manager-7", "USD",
                        new BigDecimal("1080.00"), "RUB", new BigDecimal("80.1250"), new BigDecimal("86535.00"), AT)),
                new QuoteEventSamples.Sample("PaymentRegisteredEvent-1.json", new PaymentRegisteredEvent(INVOICE, "payment-1",
                        new BigDecimal("1000.00"), "USD", DAY, PaymentMethod.BANK_TRANSFER, "пп 17", "stmt-0a1b2c",
                        new BigDecimal("1000.00"), new BigDecimal("80.00"), AT)),
                new QuoteEventSamples.Sample("PaymentRefundedEvent-1.json", new PaymentRefundedEvent(INVOICE, "refund-1",
                        "payment-1", new BigDecimal("100.00"), "USD", DAY, "возврат", new BigDecimal("900.00"),
                        new BigDecimal("180.00"), AT)),
                new QuoteEventSamples.Sample("InvoicePaidEvent-1.json", new InvoicePaidEvent(INVOICE, "2026-000123", DEAL,
                        "company-1", "manager-7", "USD", new BigDecimal("1080.00"), "RUB", new BigDecimal("80.1250"),
                        new BigDecimal("86535.00"), AT)),
                new QuoteEventSamples.Sample("InvoiceOverdueEvent-1.json", new InvoiceOverdueEvent(INVOICE, "2026-000123", DEAL,
                        "manager-7", DAY.plusDays(14), new BigDecimal("80.00"), "USD", AT)),
                new QuoteEventSamples.Sample("InvoiceCancelledEvent-1.json", new InvoiceCancelledEvent(INVOICE, "2026-000123",
                        DEAL, "клиент отказался", AT)));
    }
}
