package io.salescrm.catalog.api.price;

import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Changes an existing price of a product or variant. */
public record ChangePriceCommand(
        @TargetAggregateIdentifier String productId,
        String variantId,
        String priceTypeId,
        String currency,
        BigDecimal amount) {
}
