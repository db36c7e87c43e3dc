package io.salescrm.catalog.api.price;

import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/**
 * The price of a product ({@code variantId} null) or of a variant for a price type and currency is now
 * {@code amount} (net of VAT; VAT comes from the product's rate).
 */
@Revision("1")
public record PriceSetEvent(String productId, String variantId, String priceTypeId, String currency, BigDecimal amount) {
}
