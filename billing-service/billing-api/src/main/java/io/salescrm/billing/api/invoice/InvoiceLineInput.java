package io.salescrm.billing.api.invoice;

import java.math.BigDecimal;

/**
 * One line of an invoice as requested: {@code unitPrice} includes VAT at {@code vatRatePercent} or excludes it, as
 * the invoice says (e.g. 20, 10, 0; null: sold without VAT). The discount is {@code discountPercent} (0-100) of the
 * line and/or {@code discountAmount} off the line's amount. {@code productId} is optional.
 */
public record InvoiceLineInput(
        String productId,
        String name,
        BigDecimal quantity,
        String unit,
        BigDecimal unitPrice,
        BigDecimal discountPercent,
        BigDecimal discountAmount,
        BigDecimal vatRatePercent) {
}
