package io.salescrm.billing.api.invoice;

import java.math.BigDecimal;

/**
 * One priced line of an invoice: {@code netAmount} = quantity x unit price less the discount, {@code vatAmount} =
 * net x VAT rate, {@code totalAmount} = net + VAT, each rounded half-even to the currency's minor unit.
 */
public record InvoiceLine(
        String productId,
        String name,
        BigDecimal quantity,
        String unit,
        BigDecimal unitPrice,
        BigDecimal discountPercent,
        BigDecimal vatRatePercent,
        BigDecimal netAmount,
        BigDecimal vatAmount,
        BigDecimal totalAmount) {
}
