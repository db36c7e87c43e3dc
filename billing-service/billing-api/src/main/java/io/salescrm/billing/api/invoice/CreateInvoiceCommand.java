package io.salescrm.billing.api.invoice;

import java.math.BigDecimal;
import java.util.List;

/**
 * Draft a new invoice. {@code quoteId} is set when {@code source} is QUOTE, {@code dealId} when it comes from or
 * belongs to a deal; {@code companyId} or {@code contactId} names the payer. The rate to the base currency is
 * recorded as used today. {@code vatIncluded}: the lines' prices include VAT (as deals price), else VAT is added
 * on top of them (as quotes price). A draft has no number: that is given at issue.
 */
public record CreateInvoiceCommand(
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
        List<InvoiceLineInput> lines,
        int paymentTermDays,
        String comment) {
}
