package io.salescrm.analytics.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One target of sales-org against what was won: {@code subjectType} COMPANY, UNIT (with its sub-units) or EMPLOYEE;
 * the period's days [{@code start}, {@code end}] (UTC); {@code measure} AMOUNT (plan and actual in {@code currency})
 * or WON_COUNT. {@code actual} = won volume in the base currency, or the number of won deals, whose won fact falls in
 * the period and belongs to the subject (the responsible when won, his unit then). {@code percentDone} = actual /
 * plan x 100, half-even to 2 decimals (null when the plan is 0 or in another currency than the base currency).
 */
public record PlanVsActual(String targetId, String subjectType, String subjectId, LocalDate start, LocalDate end,
                           String measure, BigDecimal plan, BigDecimal actual, String currency, BigDecimal percentDone) {
}
