package io.salescrm.billing.api.invoice;

import java.math.BigDecimal;

/**
 * One line of an invoice as requested: {@code unitPrice} excludes VAT, {@code discountPercent} (0-100) lowers the
 * line's net amount, {@code vatRatePercent} (e.g. 20, 10, 0) is added on top. {@code productId} is optional
 * (services and free text lines have none).
 */
public record InvoiceLineInput(
        String productId,
        String name,
        BigDecimal quantity,
        String unit,
        BigDecimal unitPrice,
        BigDecimal discountPercent,
        BigDecimal vatRatePercent) {
}
