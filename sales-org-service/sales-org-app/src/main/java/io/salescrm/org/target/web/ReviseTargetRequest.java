package io.salescrm.org.target.web;

import io.salescrm.platform.rules.CurrencyCode;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The body of {@code PUT /targets/{id}}: the new value, given directly or as growth exactly as in
 * {@link CreateTargetRequest}; period, subject, measure and currency stay ({@code currency} may be repeated).
 */
public record ReviseTargetRequest(
        @DecimalMin("0.00") @Digits(integer = 15, fraction = 2) BigDecimal amount,
        @CurrencyCode String currency,
        @Min(0) @Max(1_000_000_000) Long count,
        @DecimalMin("-100") @DecimalMax("10000") @Digits(integer = 5, fraction = 2) BigDecimal growthPercent,
        LocalDate baselinePeriodStart,
        @DecimalMin("0.00") @Digits(integer = 15, fraction = 2) BigDecimal baselineAmount,
        @Min(0) @Max(1_000_000_000) Long baselineCount,
        @Size(max = 500) String note) {
}
