package io.salescrm.analytics.period;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;

/**
 * The periods figures are grouped by, in UTC; weeks are ISO weeks (Monday first, week-based year). Each fact stores
 * the key of every granularity, so a report groups on a stored field instead of computing dates in the database.
 */
public enum Granularity {
    DAY, WEEK, MONTH, QUARTER, YEAR;

    /** The key of the period containing {@code instant}: 2026-01-10, 2026-W02, 2026-01, 2026-Q1, 2026. */
    public String keyOf(Instant instant) {
        LocalDate date = instant.atZone(ZoneOffset.UTC).toLocalDate();
        return switch (this) {
            case DAY -> date.toString();
            case WEEK -> "%d-W%02d".formatted(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> "%d-%02d".formatted(date.getYear(), date.getMonthValue());
            case QUARTER -> "%d-Q%d".formatted(date.getYear(), date.get(IsoFields.QUARTER_OF_YEAR));
            case YEAR -> Integer.toString(date.getYear());
        };
    }

    /** The first day of the period containing {@code date}. */
    public LocalDate startOf(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.minusDays(date.getDayOfWeek().getValue() - 1L);
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER -> date.withDayOfMonth(1).withMonth((date.getMonthValue() - 1) / 3 * 3 + 1);
            case YEAR -> date.withDayOfYear(1);
        };
    }

    /** The start of the period after the one starting at {@code start}. */
    public LocalDate nextStart(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
        };
    }

    /** The start of the period before the one starting at {@code start} (for comparisons with the previous period). */
    public LocalDate previousStart(LocalDate start) {
        return switch (this) {
            case DAY -> start.minusDays(1);
            case WEEK -> start.minusWeeks(1);
            case MONTH -> start.minusMonths(1);
            case QUARTER -> start.minusMonths(3);
            case YEAR -> start.minusYears(1);
        };
    }
}
