package io.salescrm.platform.currency;

import io.salescrm.platform.rules.CurrencyCode;
import io.salescrm.platform.rules.InvalidFieldException;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The company's base currency and the rates from other currencies into it ({@code crm.currency.*}, defaults in
 * {@code platform-defaults.properties}), shared by every service that records amounts (deals, leads, invoices).
 * An amount in a currency is accepted only when the currency is a real ISO 4217 code and a rate for it is
 * configured; the rate used is recorded on the event so reports of the past never drift. Until a rate feed exists
 * the rates come from configuration.
 */
@ConfigurationProperties("crm.currency")
public record ExchangeRates(String base, Map<String, BigDecimal> rates) {

    public ExchangeRates {
        base = base == null ? "RUB" : base;
        rates = rates == null ? Map.of() : Map.copyOf(rates);
    }

    /** The rate from {@code currency} to the base currency, or a 400 naming {@code field}. */
    public BigDecimal rateToBase(String currency, String field) {
        if (currency == null || !CurrencyCode.Validator.isIso4217(currency)) {
            throw new InvalidFieldException(field, "is not an ISO 4217 currency code");
        }
        if (currency.equals(base)) {
            return BigDecimal.ONE;
        }
        BigDecimal rate = rates.get(currency);
        if (rate == null) {
            throw new InvalidFieldException(field, "has no exchange rate to " + base + " configured");
        }
        return rate;
    }
}
