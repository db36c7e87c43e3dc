package io.salescrm.org.api.target;

import java.math.BigDecimal;

/**
 * A target figure. For {@link TargetMeasure#AMOUNT}: {@code amount} (never negative, scaled to the currency's
 * minor unit) in {@code currency} (ISO 4217), {@code count} null. For {@link TargetMeasure#WON_COUNT}: {@code count}
 * won deals (never negative), {@code amount} and {@code currency} null.
 */
public record TargetValue(TargetMeasure measure, BigDecimal amount, String currency, Long count) {

    public static TargetValue amount(BigDecimal amount, String currency) {
        return new TargetValue(TargetMeasure.AMOUNT, amount, currency, null);
    }

    public static TargetValue wonCount(long count) {
        return new TargetValue(TargetMeasure.WON_COUNT, null, null, count);
    }
}
