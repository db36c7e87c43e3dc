package io.salescrm.billing.invoice.command;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The money side of one invoice, rebuilt from its payment events: what each payment still counts after refunds,
 * the refunds already made (by id, so a repeated refund is recognised) and the sum of it all.
 */
final class InvoicePayments {

    private final Map<String, BigDecimal> remainingByPayment = new HashMap<>();
    private final Set<String> refundIds = new HashSet<>();
    private BigDecimal paidTotal = BigDecimal.ZERO;

    boolean hasPayment(String paymentId) {
        return remainingByPayment.containsKey(paymentId);
    }

    boolean hasRefund(String refundId) {
        return refundIds.contains(refundId);
    }

    BigDecimal remainingOf(String paymentId) {
        return remainingByPayment.getOrDefault(paymentId, BigDecimal.ZERO);
    }

    /** Payments net of refunds. */
    BigDecimal paidTotal() {
        return paidTotal;
    }

    void paid(String paymentId, BigDecimal amount) {
        remainingByPayment.put(paymentId, amount);
        paidTotal = paidTotal.add(amount);
    }

    void refunded(String refundId, String paymentId, BigDecimal amount) {
        refundIds.add(refundId);
        remainingByPayment.merge(paymentId, amount.negate(), BigDecimal::add);
        paidTotal = paidTotal.subtract(amount);
    }
}
