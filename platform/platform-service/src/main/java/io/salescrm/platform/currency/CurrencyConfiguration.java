package io.salescrm.platform.currency;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** Makes {@link ExchangeRates} available to every service. */
@AutoConfiguration
@EnableConfigurationProperties(ExchangeRates.class)
public class CurrencyConfiguration {
}
