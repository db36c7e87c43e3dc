package io.salescrm.org.target.command;

import io.salescrm.org.api.target.PeriodType;
import io.salescrm.org.api.target.SplitPartSpec;
import io.salescrm.org.api.target.TargetGrowth;
import io.salescrm.org.api.target.TargetMeasure;
import io.salescrm.org.api.target.TargetPeriod;
import io.salescrm.org.api.target.TargetSubject;
import io.salescrm.org.api.target.TargetSubjectType;
import io.salescrm.org.api.target.TargetValue;
import io.salescrm.platform.rules.CurrencyCode;
import io.salescrm.platform.rules.InvalidFieldException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The value rules of targets, shared by the aggregate and the split handler: valid periods, subjects and figures,
 * growth over a baseline, and the sum of a split. Every refusal names the request field it is about.
 */
public final class TargetRules {

    /** Amounts below 10^15 in any currency, scaled to its minor unit (at most 2 decimals accepted). */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000000");
    public static final long MAX_COUNT = 1_000_000_000L;
    public static final BigDecimal MIN_GROWTH_PERCENT = new BigDecimal("-100");
    public static final BigDecimal MAX_GROWTH_PERCENT = new BigDecimal("10000");
    public static final int MAX_NOTE_LENGTH = 500;
    public static final int MAX_PARTS = 100;
    public static final int MIN_YEAR = 1970;
    public static final int MAX_YEAR = 2999;
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private static final BigDecimal HUNDRED = new BigDecimal(100);

    /** A target value and, when it was computed as growth, how. */
    public record Figure(TargetValue value, TargetGrowth growth) {
    }

    private TargetRules() {
    }

    public static TargetPeriod period(PeriodType type, LocalDate start, String typeField, String startField) {
        if (type == null) {
            throw new InvalidFieldException(typeField, "must not be null");
        }
        if (start == null) {
            throw new InvalidFieldException(startField, "must not be null");
        }
        if (start.getYear() < MIN_YEAR || start.getYear() > MAX_YEAR) {
            throw new InvalidFieldException(startField, "must be in the years " + MIN_YEAR + " to " + MAX_YEAR);
        }
        if (!type.isValidStart(start)) {
            throw new InvalidFieldException(startField, "a " + type + " period starts on " + type.startRule());
        }
        return TargetPeriod.of(type, start);
    }

    public static TargetSubject subject(TargetSubjectType type, String id, String prefix) {
        if (type == null) {
            throw new InvalidFieldException(prefix + "subjectType", "must not be null");
        }
        if (id == null || !ID.matcher(id).matches()) {
            throw new InvalidFieldException(prefix + "subjectId", "must be 1-64 letters, digits or . _ : -");
        }
        return new TargetSubject(type, id);
    }

    public static String note(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        if (note.length() > MAX_NOTE_LENGTH) {
            throw new InvalidFieldException("note", "must be at most " + MAX_NOTE_LENGTH + " characters");
        }
        return note.strip();
    }

    /**
     * The value of a target of {@code measure} for {@code period}: given directly ({@code amount} or
     * {@code count}) or as {@code growthPercent} over a baseline figure of a baseline period of the same type
     * (by default the same period one year earlier).
     */
    public static Figure figure(TargetPeriod period, TargetMeasure measure, String currency, BigDecimal amount, Long count,
                                BigDecimal growthPercent, LocalDate baselinePeriodStart, BigDecimal baselineAmount,
                                Long baselineCount) {
        if (measure == null) {
            throw new InvalidFieldException("measure", "must not be null");
        }
        boolean growth = growthPercent != null;
        if (!growth && baselinePeriodStart != null) {
            throw new InvalidFieldException("growthPercent", "must be given with baselinePeriodStart");
        }
        if (measure == TargetMeasure.AMOUNT) {
            if (currency == null) {
                throw new InvalidFieldException("currency", "must not be null for an AMOUNT target");
            }
            if (!CurrencyCode.Validator.isIso4217(currency)) {
                throw new InvalidFieldException("currency", "must be an ISO 4217 currency code");
            }
            if (count != null) {
                throw new InvalidFieldException("count", "must be empty for an AMOUNT target (give amount)");
            }
            if (baselineCount != null) {
                throw new InvalidFieldException("baselineCount", "must be empty for an AMOUNT target (give baselineAmount)");
            }
            if (growth && amount != null) {
                throw new InvalidFieldException("amount", "give either amount or growthPercent with baselineAmount, not both");
            }
            if (!growth) {
                if (baselineAmount != null) {
                    throw new InvalidFieldException("growthPercent", "must be given with baselineAmount");
                }
                if (amount == null) {
                    throw new InvalidFieldException("amount", "must be given (or growthPercent with baselineAmount)");
                }
                return new Figure(TargetValue.amount(amount("amount", amount, currency), currency), null);
            }
            BigDecimal percent = growthPercent(growthPercent);
            TargetPeriod baselinePeriod = baselinePeriod(period, baselinePeriodStart);
            if (baselineAmount == null) {
                throw new InvalidFieldException("baselineAmount", "must be given with growthPercent");
            }
            BigDecimal baseline = amount("baselineAmount", baselineAmount, currency);
            BigDecimal computed = baseline.multiply(factor(percent)).setScale(minorUnits(currency), RoundingMode.HALF_EVEN);
            if (computed.compareTo(MAX_AMOUNT) >= 0) {
                throw new InvalidFieldException("growthPercent", "gives a target of 10^15 or more");
            }
            return new Figure(TargetValue.amount(computed, currency),
                    new TargetGrowth(percent, baselinePeriod, TargetValue.amount(baseline, currency)));
        }
        if (currency != null) {
            throw new InvalidFieldException("currency", "must be empty for a WON_COUNT target");
        }
        if (amount != null) {
            throw new InvalidFieldException("amount", "must be empty for a WON_COUNT target (give count)");
        }
        if (baselineAmount != null) {
            throw new InvalidFieldException("baselineAmount", "must be empty for a WON_COUNT target (give baselineCount)");
        }
        if (growth && count != null) {
            throw new InvalidFieldException("count", "give either count or growthPercent with baselineCount, not both");
        }
        if (!growth) {
            if (baselineCount != null) {
                throw new InvalidFieldException("growthPercent", "must be given with baselineCount");
            }
            if (count == null) {
                throw new InvalidFieldException("count", "must be given (or growthPercent with baselineCount)");
            }
            return new Figure(TargetValue.wonCount(count("count", count)), null);
        }
        BigDecimal percent = growthPercent(growthPercent);
        TargetPeriod baselinePeriod = baselinePeriod(period, baselinePeriodStart);
        if (baselineCount == null) {
            throw new InvalidFieldException("baselineCount", "must be given with growthPercent");
        }
        long baseline = count("baselineCount", baselineCount);
        BigDecimal computed = BigDecimal.valueOf(baseline).multiply(factor(percent)).setScale(0, RoundingMode.CEILING);
        if (computed.compareTo(BigDecimal.valueOf(MAX_COUNT)) > 0) {
            throw new InvalidFieldException("growthPercent", "gives a target above " + MAX_COUNT + " won deals");
        }
        return new Figure(TargetValue.wonCount(computed.longValueExact()),
                new TargetGrowth(percent, baselinePeriod, TargetValue.wonCount(baseline)));
    }

    /** A money figure: not negative, below 10^15, at most 2 decimals and no finer than the currency's minor unit. */
    public static BigDecimal amount(String field, BigDecimal amount, String currency) {
        if (amount == null) {
            throw new InvalidFieldException(field, "must not be null");
        }
        if (amount.signum() < 0) {
            throw new InvalidFieldException(field, "must not be negative");
        }
        if (amount.compareTo(MAX_AMOUNT) >= 0) {
            throw new InvalidFieldException(field, "must be below 10^15");
        }
        int minor = minorUnits(currency);
        int decimals = Math.max(amount.stripTrailingZeros().scale(), 0);
        if (decimals > Math.min(2, minor)) {
            throw new InvalidFieldException(field, "must have at most " + Math.min(2, minor) + " decimals in " + currency);
        }
        return amount.setScale(minor, RoundingMode.UNNECESSARY);
    }

    public static long count(String field, Long count) {
        if (count == null) {
            throw new InvalidFieldException(field, "must not be null");
        }
        if (count < 0) {
            throw new InvalidFieldException(field, "must not be negative");
        }
        if (count > MAX_COUNT) {
            throw new InvalidFieldException(field, "must be at most " + MAX_COUNT);
        }
        return count;
    }

    /** The figure of one requested split part, in the measure and currency of the split target. */
    public static TargetValue partValue(String prefix, TargetValue parent, SplitPartSpec spec) {
        if (parent.measure() == TargetMeasure.AMOUNT) {
            if (spec.count() != null) {
                throw new InvalidFieldException(prefix + "count", "must be empty: the target is an AMOUNT target");
            }
            if (spec.currency() != null && !spec.currency().equals(parent.currency())) {
                throw new InvalidFieldException(prefix + "currency", "must be the target's currency " + parent.currency());
            }
            return TargetValue.amount(amount(prefix + "amount", spec.amount(), parent.currency()), parent.currency());
        }
        if (spec.amount() != null) {
            throw new InvalidFieldException(prefix + "amount", "must be empty: the target is a WON_COUNT target");
        }
        if (spec.currency() != null) {
            throw new InvalidFieldException(prefix + "currency", "must be empty: the target is a WON_COUNT target");
        }
        return TargetValue.wonCount(count(prefix + "count", spec.count()));
    }

    /** The sum of {@code parts}, in the measure and currency of {@code parent}. */
    public static TargetValue total(TargetValue parent, List<TargetValue> parts) {
        if (parent.measure() == TargetMeasure.AMOUNT) {
            BigDecimal sum = parts.stream().map(TargetValue::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .setScale(minorUnits(parent.currency()), RoundingMode.UNNECESSARY);
            return TargetValue.amount(sum, parent.currency());
        }
        return TargetValue.wonCount(parts.stream().mapToLong(TargetValue::count).sum());
    }

    /** Refuses a split whose parts do not add up to the target exactly. */
    public static void requireAddsUp(TargetValue target, TargetValue partsTotal) {
        if (!same(target, partsTotal)) {
            throw new SplitDoesNotAddUpException(target, partsTotal);
        }
    }

    /** Whether two figures are equal in measure, currency and value (whatever the scale). */
    public static boolean same(TargetValue a, TargetValue b) {
        if (a.measure() != b.measure()) {
            return false;
        }
        if (a.measure() == TargetMeasure.AMOUNT) {
            return Objects.equals(a.currency(), b.currency()) && a.amount().compareTo(b.amount()) == 0;
        }
        return Objects.equals(a.count(), b.count());
    }

    /** A figure as people read it: {@code 1500.00 RUB} or {@code 12 won deals}. */
    public static String describe(TargetValue value) {
        return value.measure() == TargetMeasure.AMOUNT
                ? value.amount().toPlainString() + " " + value.currency()
                : value.count() + " won deals";
    }

    public static int minorUnits(String currency) {
        return Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
    }

    private static BigDecimal growthPercent(BigDecimal percent) {
        if (percent.compareTo(MIN_GROWTH_PERCENT) < 0 || percent.compareTo(MAX_GROWTH_PERCENT) > 0) {
            throw new InvalidFieldException("growthPercent", "must be between -100 and 10000");
        }
        if (percent.stripTrailingZeros().scale() > 2) {
            throw new InvalidFieldException("growthPercent", "must have at most 2 decimals");
        }
        return percent;
    }

    private static TargetPeriod baselinePeriod(TargetPeriod period, LocalDate baselineStart) {
        LocalDate start = baselineStart != null ? baselineStart : period.start().minusYears(1);
        TargetPeriod baseline = period(period.type(), start, "periodType", "baselinePeriodStart");
        if (!baseline.end().isBefore(period.start())) {
            throw new InvalidFieldException("baselinePeriodStart", "must be a period that ends before the target period starts");
        }
        return baseline;
    }

    /** 1 + percent / 100, exactly. */
    private static BigDecimal factor(BigDecimal percent) {
        return HUNDRED.add(percent).movePointLeft(2);
    }
}
