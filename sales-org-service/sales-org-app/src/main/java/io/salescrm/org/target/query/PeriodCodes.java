package io.salescrm.org.target.query;

import io.salescrm.org.api.target.PeriodType;
import io.salescrm.org.api.target.TargetPeriod;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short names of periods for lists and filters: {@code 2026} (YEAR), {@code 2026-H1} (HALF_YEAR), {@code 2026-Q2}
 * (QUARTER), {@code 2026-04} (MONTH).
 */
public final class PeriodCodes {

    private static final Pattern CODE = Pattern.compile("(\\d{4})(?:-(?:(H)([12])|(Q)([1-4])|(\\d{2})))?");

    private PeriodCodes() {
    }

    public static String code(TargetPeriod period) {
        LocalDate start = period.start();
        int year = start.getYear();
        return switch (period.type()) {
            case YEAR -> String.valueOf(year);
            case HALF_YEAR -> year + "-H" + ((start.getMonthValue() - 1) / 6 + 1);
            case QUARTER -> year + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case MONTH -> String.format("%d-%02d", year, start.getMonthValue());
        };
    }

    /** The period a code names, or empty when it is not a period code. */
    public static Optional<TargetPeriod> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Matcher m = CODE.matcher(code.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            return Optional.of(TargetPeriod.of(PeriodType.HALF_YEAR, LocalDate.of(year, (Integer.parseInt(m.group(3)) - 1) * 6 + 1, 1)));
        }
        if (m.group(4) != null) {
            return Optional.of(TargetPeriod.of(PeriodType.QUARTER, LocalDate.of(year, (Integer.parseInt(m.group(5)) - 1) * 3 + 1, 1)));
        }
        if (m.group(6) != null) {
            int month = Integer.parseInt(m.group(6));
            return month >= 1 && month <= 12
                    ? Optional.of(TargetPeriod.of(PeriodType.MONTH, LocalDate.of(year, month, 1)))
                    : Optional.empty();
        }
        return Optional.of(TargetPeriod.of(PeriodType.YEAR, LocalDate.of(year, 1, 1)));
    }
}
