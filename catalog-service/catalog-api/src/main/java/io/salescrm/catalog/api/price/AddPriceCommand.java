package io.salescrm.catalog.api.price;

import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Adds the price of a product ({@code variantId} null) or of one of its variants (overriding the product's price)
 * for a price type and currency; a second price for the same product/variant, type and currency is a conflict.
 */
public record AddPriceCommand(
        @TargetAggregateIdentifier String productId,
        String variantId,
        String priceTypeId,
        String currency,
        BigDecimal amount) {
}
