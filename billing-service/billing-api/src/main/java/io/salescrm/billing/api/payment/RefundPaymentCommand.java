package io.salescrm.billing.api.payment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Pay back {@code amount} of a registered payment ({@code paymentId}) of the invoice; at most what is left of that
 * payment. A second refund with the same {@code refundId} changes nothing.
 */
public record RefundPaymentCommand(
        @TargetAggregateIdentifier String invoiceId,
        String refundId,
        String paymentId,
        BigDecimal amount,
        LocalDate refundedOn,
        String reference) {
}
