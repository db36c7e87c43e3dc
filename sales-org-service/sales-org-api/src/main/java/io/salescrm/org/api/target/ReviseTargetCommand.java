package io.salescrm.org.api.target;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Revises the value of a target (period, subject, measure and currency stay): given directly or as growth over a
 * baseline, as in {@link SetTargetCommand}. {@code currency} may be omitted; if given it must be the target's.
 * {@code expectedRevision}, when not null, must be the target's current revision.
 */
public record ReviseTargetCommand(
        @TargetAggregateIdentifier String targetId,
        BigDecimal amount,
        String currency,
        Long count,
        BigDecimal growthPercent,
        LocalDate baselinePeriodStart,
        BigDecimal baselineAmount,
        Long baselineCount,
        String note,
        Integer expectedRevision) {
}
