package io.salescrm.pipeline.api.lead;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * What a lead is expected to bring: {@code amount} in {@code currency}, and its value in the company's base
 * currency at the rate in force when it was stated ({@code amountInBase} = amount x rateToBase, rounded half-even
 * to the base currency's minor unit), so reports of the past never drift when rates change.
 */
public record ExpectedAmount(
        BigDecimal amount,
        String currency,
        String baseCurrency,
        BigDecimal rateToBase,
        BigDecimal amountInBase) {

    /** The amount with its value in the base currency computed from {@code rateToBase}. */
    public static ExpectedAmount of(BigDecimal amount, String currency, String baseCurrency, BigDecimal rateToBase) {
        int minorUnits = Math.max(Currency.getInstance(baseCurrency).getDefaultFractionDigits(), 0);
        return new ExpectedAmount(amount, currency, baseCurrency, rateToBase,
                amount.multiply(rateToBase).setScale(minorUnits, RoundingMode.HALF_EVEN));
    }
}
