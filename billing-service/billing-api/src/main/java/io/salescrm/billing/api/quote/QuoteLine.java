package io.salescrm.billing.api.quote;

import java.math.BigDecimal;

/**
 * One priced line of a quote, amounts in the quote's currency. {@code listPrice} is the catalog's price of the price
 * type before any promotion, {@code unitPrice} the price offered (after the promotion {@code promotionId}, if one
 * applied), both net of VAT. {@code discountPercent} is the salesperson's discount on the line.
 * {@code subtotal} = quantity x unit price, {@code discountAmount} = subtotal - net, {@code netAmount} = quantity x
 * unit price x (100 - discount) / 100, {@code vatAmount} = net x VAT rate / 100, {@code totalAmount} = net + VAT:
 * each rounded half-even to the currency's minor unit on the line. {@code vatRatePercent} null means "without VAT".
 */
public record QuoteLine(
        String productId,
        String variantId,
        String name,
        String sku,
        String unit,
        BigDecimal quantity,
        BigDecimal listPrice,
        String promotionId,
        BigDecimal unitPrice,
        BigDecimal discountPercent,
        BigDecimal vatRatePercent,
        BigDecimal subtotal,
        BigDecimal discountAmount,
        BigDecimal netAmount,
        BigDecimal vatAmount,
        BigDecimal totalAmount) {
}
