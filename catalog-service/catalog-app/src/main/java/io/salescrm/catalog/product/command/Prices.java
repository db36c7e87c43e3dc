package io.salescrm.catalog.product.command;

import io.salescrm.platform.rules.CurrencyCode;
import io.salescrm.platform.rules.InvalidFieldException;

import java.math.BigDecimal;
import java.util.Currency;

/** Rules for amounts of money in the catalog: ISO 4217 currency, not negative, below 10^15, at most the currency's minor unit. */
public final class Prices {

    public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000000");

    private Prices() {
    }

    public static void requireCurrency(String currency, String field) {
        if (currency == null || !CurrencyCode.Validator.isIso4217(currency)) {
            throw new InvalidFieldException(field, "must be an ISO 4217 currency code");
        }
    }

    public static void requireValidAmount(BigDecimal amount, String currency, String field) {
        if (amount == null) {
            throw new InvalidFieldException(field, "must not be null");
        }
        if (amount.signum() < 0) {
            throw new InvalidFieldException(field, "must not be negative");
        }
        int minorUnits = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
        if (amount.compareTo(MAX_AMOUNT) >= 0 || amount.scale() > minorUnits) {
            throw new InvalidFieldException(field, "must be below 10^15 with at most " + minorUnits + " decimals");
        }
    }

    public static int minorUnits(String currency) {
        return Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
    }
}
