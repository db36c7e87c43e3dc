package io.salescrm.org.api.target;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Sets a new target for a period and a subject. The value is either given ({@code amount} + {@code currency}, or
 * {@code count}) or stated as growth: {@code growthPercent} over the actual figure of a baseline period
 * ({@code baselineAmount} or {@code baselineCount}; {@code baselinePeriodStart} defaults to the same period one
 * year earlier). At most one active target exists per subject, period and measure.
 */
public record SetTargetCommand(
        @TargetAggregateIdentifier String targetId,
        PeriodType periodType,
        LocalDate periodStart,
        TargetSubjectType subjectType,
        String subjectId,
        TargetMeasure measure,
        BigDecimal amount,
        String currency,
        Long count,
        BigDecimal growthPercent,
        LocalDate baselinePeriodStart,
        BigDecimal baselineAmount,
        Long baselineCount,
        String note) {
}
