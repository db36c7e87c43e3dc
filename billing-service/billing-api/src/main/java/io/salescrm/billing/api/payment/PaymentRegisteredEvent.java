package io.salescrm.billing.api.payment;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A payment was registered for the invoice; {@code paidTotal} (payments net of refunds) and {@code balance} are the
 * invoice's figures after it.
 */
@Revision("1")
public record PaymentRegisteredEvent(
        String invoiceId,
        String paymentId,
        BigDecimal amount,
        String currency,
        LocalDate paidOn,
        PaymentMethod method,
        String reference,
        String statementLineKey,
        BigDecimal paidTotal,
        BigDecimal balance,
        Instant registeredAt) {
}
