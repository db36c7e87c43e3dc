package io.salescrm.billing.statement;

import java.math.BigDecimal;

/**
 * What became of one statement line: REGISTERED as a payment of {@code invoiceNumber}, ALREADY_REGISTERED by an
 * earlier import, UNMATCHED (with the {@code reason}), or INVALID (unreadable, {@code reason} says which column).
 */
public record StatementLineOutcome(int row, String key, Outcome outcome, BigDecimal amount, String invoiceId,
                                   String invoiceNumber, String paymentId, String reason) {

    public enum Outcome { REGISTERED, ALREADY_REGISTERED, UNMATCHED, INVALID }
}
