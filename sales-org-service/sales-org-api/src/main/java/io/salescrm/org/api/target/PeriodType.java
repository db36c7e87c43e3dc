package io.salescrm.org.api.target;

import java.time.LocalDate;

/**
 * The length of a target's period. A period is given by its type and its first day, which must be the first day
 * of a calendar month that starts such a period: any month for {@link #MONTH}; January, April, July or October for
 * {@link #QUARTER}; January or July for {@link #HALF_YEAR}; January for {@link #YEAR}.
 */
public enum PeriodType {
    MONTH(1), QUARTER(3), HALF_YEAR(6), YEAR(12);

    private final int months;

    PeriodType(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    /** Whether {@code start} is the first day of a period of this type. */
    public boolean isValidStart(LocalDate start) {
        return start != null && start.getDayOfMonth() == 1 && (start.getMonthValue() - 1) % months == 0;
    }

    /** The last day (inclusive) of the period of this type starting on {@code start}. */
    public LocalDate lastDay(LocalDate start) {
        return start.plusMonths(months).minusDays(1);
    }

    /** What a valid first day looks like, for error messages. */
    public String startRule() {
        return switch (this) {
            case MONTH -> "the first day of a month";
            case QUARTER -> "the first day of January, April, July or October";
            case HALF_YEAR -> "the first day of January or July";
            case YEAR -> "the first day of January";
        };
    }
}
