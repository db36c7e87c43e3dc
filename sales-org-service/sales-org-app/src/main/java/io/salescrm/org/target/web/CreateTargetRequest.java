package io.salescrm.org.target.web;

import io.salescrm.org.api.target.PeriodType;
import io.salescrm.org.api.target.TargetMeasure;
import io.salescrm.org.api.target.TargetSubjectType;
import io.salescrm.platform.rules.CurrencyCode;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The body of {@code POST /targets}. The period is a type and its first day ({@code "QUARTER"},
 * {@code "2026-04-01"}). The value is given directly ({@code amount} + {@code currency} for AMOUNT, {@code count} for
 * WON_COUNT) or as growth: {@code growthPercent} over {@code baselineAmount}/{@code baselineCount}, the actual figure
 * of the baseline period starting {@code baselinePeriodStart} (default: the same period a year earlier).
 * Amounts are decimal strings, e.g. {@code "1500.00"}.
 */
public record CreateTargetRequest(
        @NotNull PeriodType periodType,
        @NotNull LocalDate periodStart,
        @NotNull TargetSubjectType subjectType,
        @NotNull @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._:-]+", message = "must be 1-64 letters, digits or . _ : -") String subjectId,
        @NotNull TargetMeasure measure,
        @DecimalMin("0.00") @Digits(integer = 15, fraction = 2) BigDecimal amount,
        @CurrencyCode String currency,
        @Min(0) @Max(1_000_000_000) Long count,
        @DecimalMin("-100") @DecimalMax("10000") @Digits(integer = 5, fraction = 2) BigDecimal growthPercent,
        LocalDate baselinePeriodStart,
        @DecimalMin("0.00") @Digits(integer = 15, fraction = 2) BigDecimal baselineAmount,
        @Min(0) @Max(1_000_000_000) Long baselineCount,
        @Size(max = 500) String note) {
}
