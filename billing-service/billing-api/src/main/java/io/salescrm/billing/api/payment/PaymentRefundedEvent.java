package io.salescrm.billing.api.payment;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Part or all of a payment was paid back; {@code paidTotal} and {@code balance} are the invoice's figures after it. */
@Revision("1")
public record PaymentRefundedEvent(
        String invoiceId,
        String refundId,
        String paymentId,
        BigDecimal amount,
        String currency,
        LocalDate refundedOn,
        String reference,
        BigDecimal paidTotal,
        BigDecimal balance,
        Instant refundedAt) {
}
