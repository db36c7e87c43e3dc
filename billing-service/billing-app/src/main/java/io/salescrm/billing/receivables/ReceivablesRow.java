package io.salescrm.billing.receivables;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;

/**
 * The money of one responsible, group or client in one currency: {@code issued} is the total of its issued
 * invoices (not cancelled), {@code paid} what came in net of refunds, {@code outstanding} what is still owed, and
 * the overdue part of it by days past the due date. {@code key} is the employee, unit, company or contact id.
 */
public record ReceivablesRow(
        String key,
        String name,
        String currency,
        long invoices,
        BigDecimal issued,
        BigDecimal paid,
        BigDecimal outstanding,
        BigDecimal overdue1To30,
        BigDecimal overdue31To60,
        BigDecimal overdue61To90,
        BigDecimal overdueOver90) {

    @JsonProperty("overdueTotal")
    public BigDecimal overdueTotal() {
        return overdue1To30.add(overdue31To60).add(overdue61To90).add(overdueOver90);
    }

    ReceivablesRow plus(ReceivablesRow other) {
        return new ReceivablesRow(key, name, currency, invoices + other.invoices, issued.add(other.issued),
                paid.add(other.paid), outstanding.add(other.outstanding), overdue1To30.add(other.overdue1To30),
                overdue31To60.add(other.overdue31To60), overdue61To90.add(other.overdue61To90),
                overdueOver90.add(other.overdueOver90));
    }
}
