package io.salescrm.billing.api.payment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Register money received for an issued invoice, in the invoice's currency. Refused (422) when it exceeds the
 * outstanding balance. {@code statementLineKey} is set when the payment comes from a bank statement line; a
 * second registration of the same {@code paymentId} changes nothing.
 */
public record RegisterPaymentCommand(
        @TargetAggregateIdentifier String invoiceId,
        String paymentId,
        BigDecimal amount,
        LocalDate paidOn,
        PaymentMethod method,
        String reference,
        String statementLineKey) {
}
