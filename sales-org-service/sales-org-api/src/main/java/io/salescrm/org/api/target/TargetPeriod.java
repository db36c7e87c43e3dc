package io.salescrm.org.api.target;

import java.time.LocalDate;

/** A target period: its type, its first day and its last day (both inclusive, calendar dates). */
public record TargetPeriod(PeriodType type, LocalDate start, LocalDate end) {

    /** The period of {@code type} starting on {@code start}; the caller has checked that the start is valid. */
    public static TargetPeriod of(PeriodType type, LocalDate start) {
        return new TargetPeriod(type, start, type.lastDay(start));
    }
}
