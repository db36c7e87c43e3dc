package io.salescrm.billing.statement;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of a bank statement. {@code key} identifies it across imports of the same statement: a hash of its
 * content and of how many identical lines came before it in the file, so re-importing registers nothing twice.
 * {@code currency} is null when the statement has no currency column.
 */
record StatementLine(int row, String key, LocalDate date, BigDecimal amount, String currency, String payer,
                     String purpose, String reference) {
}
