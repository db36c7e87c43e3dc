package io.salescrm.billing.api.invoice;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The payments on the invoice reached its total. Pipeline may move the deal to its won stage on it (a per-pipeline
 * automation setting). Published again if the invoice is paid in full again after a refund.
 */
@Revision("1")
public record InvoicePaidEvent(
        String invoiceId,
        String number,
        String dealId,
        String companyId,
        String responsibleId,
        String currency,
        BigDecimal total,
        String baseCurrency,
        BigDecimal rateToBase,
        BigDecimal totalInBase,
        Instant paidAt) {
}
