package io.salescrm.billing.api.invoice;

import java.math.BigDecimal;

/**
 * One priced line of an invoice; the line's amount is quantity x unit price less the discounts. Prices with VAT
 * included: that amount is {@code totalAmount}, {@code vatAmount} = total x rate / (100 + rate) and
 * {@code netAmount} = total - VAT. Prices without VAT: that amount is {@code netAmount}, {@code vatAmount} = net x
 * rate / 100 and {@code totalAmount} = net + VAT. Each is rounded half-even to the currency's minor unit;
 * {@code vatRatePercent} null: sold without VAT.
 */
public record InvoiceLine(
        String productId,
        String name,
        BigDecimal quantity,
        String unit,
        BigDecimal unitPrice,
        BigDecimal discountPercent,
        BigDecimal discountAmount,
        BigDecimal vatRatePercent,
        BigDecimal netAmount,
        BigDecimal vatAmount,
        BigDecimal totalAmount) {
}
