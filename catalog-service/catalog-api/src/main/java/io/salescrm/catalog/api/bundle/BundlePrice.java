package io.salescrm.catalog.api.bundle;

import java.math.BigDecimal;

/** The price of the whole bundle for a price type and currency. */
public record BundlePrice(String priceTypeId, String currency, BigDecimal amount) {
}
