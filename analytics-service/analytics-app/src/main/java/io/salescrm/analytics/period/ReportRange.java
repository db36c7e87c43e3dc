package io.salescrm.analytics.period;

import io.salescrm.platform.rules.InvalidFieldException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** A report's range of UTC days [from, to), at most ten years. */
public record ReportRange(Instant from, Instant to) {

    static final long MAX_DAYS = 3660;

    public static ReportRange of(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            throw new InvalidFieldException("to", "must be after from");
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw new InvalidFieldException("to", "the range may span at most " + MAX_DAYS + " days");
        }
        return new ReportRange(from.atStartOfDay(ZoneOffset.UTC).toInstant(), to.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
