package io.salescrm.billing.api.quote;

import java.math.BigDecimal;

/**
 * A quote's totals: sums of its lines' rounded amounts, so the printed lines always add up. {@code net} =
 * {@code subtotal} - {@code discount}; {@code gross} = {@code net} + {@code vat}.
 */
public record QuoteTotals(BigDecimal subtotal, BigDecimal discount, BigDecimal net, BigDecimal vat, BigDecimal gross) {
}
