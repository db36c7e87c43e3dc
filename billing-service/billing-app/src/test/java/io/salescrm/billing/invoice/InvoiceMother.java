package io.salescrm.billing.invoice;

import io.salescrm.billing.api.invoice.CreateInvoiceCommand;
import io.salescrm.billing.api.invoice.InvoiceCreatedEvent;
import io.salescrm.billing.api.invoice.InvoiceIssuedEvent;
import io.salescrm.billing.api.invoice.InvoiceLine;
import io.salescrm.billing.api.invoice.InvoiceLineInput;
import io.salescrm.billing.api.invoice.InvoiceSource;
import io.salescrm.billing.api.invoice.IssueInvoiceCommand;
import io.salescrm.billing.api.invoice.PartyRequisites;
import io.salescrm.billing.api.invoice.VatLine;
import io.salescrm.billing.api.payment.PaymentMethod;
import io.salescrm.billing.api.payment.PaymentRegisteredEvent;
import io.salescrm.billing.api.payment.RegisterPaymentCommand;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test data for invoices: by default a RUB invoice of deal-1 for company-1 with one line of 2 x 600.00 with 20% VAT
 * included (net 1000.00, VAT 200.00, total 1200.00), 14 days to pay; varied one field at a time.
 */
public final class InvoiceMother {

    public static final String RESPONSIBLE = "manager-1";
    public static final String DEAL = "deal-1";
    public static final String COMPANY = "company-1";
    public static final Instant CREATED = Instant.parse("2026-03-01T10:15:30Z");
    public static final LocalDate ISSUE_DAY = LocalDate.parse("2026-03-02");
    public static final Instant ISSUED = Instant.parse("2026-03-02T09:00:00Z");
    public static final PartyRequisites PAYER = new PartyRequisites("ООО «Ромашка»", "7707083893", "770701001",
            "Москва, ул. Ленина, 1", "ПАО Сбербанк", "044525225", "40702810900000000001", "30101810400000000225");
    public static final PartyRequisites SELLER = new PartyRequisites("ООО «Продавец»", "7728168971", "772801001",
            "Москва, ул. Тверская, 2", "АО Банк", "044525593", "40702810200000000002", "30101810200000000593");

    private InvoiceMother() {
    }

    /** A line priced VAT included; {@code vatRate} null: without VAT. */
    public static InvoiceLineInput lineInput(String name, String quantity, String unitPrice, String vatRate) {
        return new InvoiceLineInput(null, name, new BigDecimal(quantity), "pcs", new BigDecimal(unitPrice), null, null,
                vatRate == null ? null : new BigDecimal(vatRate));
    }

    public static CreateInvoiceCommand create(String id) {
        return create(id, List.of(lineInput("Consulting", "2", "600.00", "20")));
    }

    public static CreateInvoiceCommand create(String id, List<InvoiceLineInput> lines) {
        return new CreateInvoiceCommand(id, InvoiceSource.DEAL, null, DEAL, COMPANY, null, RESPONSIBLE, false, "RUB",
                "RUB", BigDecimal.ONE, true, lines, 14, null);
    }

    public static InvoiceCreatedEvent created(String id) {
        return new InvoiceCreatedEvent(id, InvoiceSource.DEAL, null, DEAL, COMPANY, null, RESPONSIBLE, false, "RUB", "RUB",
                BigDecimal.ONE, true, List.of(new InvoiceLine(null, "Consulting", new BigDecimal("2"), "pcs",
                new BigDecimal("600.00"), BigDecimal.ZERO, null, new BigDecimal("20"), new BigDecimal("1000.00"),
                new BigDecimal("200.00"), new BigDecimal("1200.00"))),
                List.of(new VatLine(new BigDecimal("20"), new BigDecimal("1000.00"), new BigDecimal("200.00"))),
                new BigDecimal("1000.00"), new BigDecimal("200.00"), new BigDecimal("1200.00"), new BigDecimal("1200.00"),
                14, null, CREATED);
    }

    public static IssueInvoiceCommand issue(String id) {
        return new IssueInvoiceCommand(id, null, PAYER, SELLER);
    }

    public static InvoiceIssuedEvent issued(String id, String number) {
        return new InvoiceIssuedEvent(id, number, ISSUE_DAY, ISSUE_DAY.plusDays(14), PAYER, SELLER, DEAL, COMPANY, null,
                RESPONSIBLE, "RUB", new BigDecimal("1200.00"), "RUB", BigDecimal.ONE, new BigDecimal("1200.00"), ISSUED);
    }

    public static RegisterPaymentCommand pay(String id, String paymentId, String amount) {
        return new RegisterPaymentCommand(id, paymentId, new BigDecimal(amount), ISSUE_DAY, PaymentMethod.BANK_TRANSFER,
                "p/o 17", null);
    }

    public static PaymentRegisteredEvent paid(String id, String paymentId, String amount, String paidTotal, Instant at) {
        BigDecimal total = new BigDecimal("1200.00");
        return new PaymentRegisteredEvent(id, paymentId, new BigDecimal(amount), "RUB", ISSUE_DAY,
                PaymentMethod.BANK_TRANSFER, "p/o 17", null, new BigDecimal(paidTotal),
                total.subtract(new BigDecimal(paidTotal)), at);
    }

    /** A JSON body for POST /invoices with one line per {name, quantity, unitPrice, vatRatePercent}. */
    public static Map<String, Object> requestBody(String companyId, String currency, List<Map<String, Object>> lines) {
        var body = new LinkedHashMap<String, Object>();
        body.put("companyId", companyId);
        body.put("currency", currency);
        body.put("paymentTermDays", 14);
        body.put("lines", lines);
        return body;
    }

    public static Map<String, Object> lineBody(String name, String quantity, String unitPrice, String vatRate) {
        var line = new LinkedHashMap<String, Object>();
        line.put("name", name);
        line.put("quantity", quantity);
        line.put("unitPrice", unitPrice);
        line.put("vatRatePercent", vatRate);
        return line;
    }
}
