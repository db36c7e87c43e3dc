package io.salescrm.billing.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** Amounts of a currency: rounding half-even to its minor unit (2 for RUB, 0 for JPY). */
public final class Money {

    private Money() {
    }

    public static int minorUnits(String currency) {
        return Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
    }

    public static BigDecimal rounded(BigDecimal amount, String currency) {
        return amount.setScale(minorUnits(currency), RoundingMode.HALF_EVEN);
    }

    public static BigDecimal zero(String currency) {
        return BigDecimal.ZERO.setScale(minorUnits(currency));
    }
}
