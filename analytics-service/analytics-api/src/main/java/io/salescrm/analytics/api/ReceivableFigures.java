package io.salescrm.analytics.api;

import java.math.BigDecimal;

/**
 * The receivables of one key (a manager or his group at issue time, or that group's department now) in one period (by issue date), over the issued
 * invoices that are not cancelled, in the base currency at the rate the invoice's events carried:
 * {@code invoiced}: their totals; {@code outstanding}: their balances now; {@code paid} = invoiced - outstanding;
 * {@code overdue}: the outstanding part of those past their due date (billing marked them overdue).
 */
public record ReceivableFigures(
        String key,
        String period,
        long invoices,
        BigDecimal invoiced,
        BigDecimal paid,
        BigDecimal outstanding,
        BigDecimal overdue) {
}
