package io.salescrm.billing.api.invoice;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An invoice was drafted (no number yet); the first event of invoice aggregate {@code invoiceId}. */
@Revision("1")
public record InvoiceCreatedEvent(
        String invoiceId,
        InvoiceSource source,
        String quoteId,
        String dealId,
        String companyId,
        String contactId,
        String responsibleId,
        boolean open,
        String currency,
        String baseCurrency,
        BigDecimal rateToBase,
        boolean vatIncluded,
        List<InvoiceLine> lines,
        List<VatLine> vatLines,
        BigDecimal netTotal,
        BigDecimal vatTotal,
        BigDecimal total,
        BigDecimal totalInBase,
        int paymentTermDays,
        String comment,
        Instant createdAt) {
}
