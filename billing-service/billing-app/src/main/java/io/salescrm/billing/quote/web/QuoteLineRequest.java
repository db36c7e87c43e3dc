package io.salescrm.billing.quote.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * A quote line as asked for. With {@code productId}, name, unit, SKU and VAT rate come from the catalog and the price
 * is the catalog price of the quote's price type and currency with its promotion, unless {@code unitPrice} (net of
 * VAT) is given. Without it, {@code name} and {@code unitPrice} are required and {@code vatRatePercent} null means
 * "without VAT".
 */
public record QuoteLineRequest(
        @Size(max = 64) String productId,
        @Size(max = 64) String variantId,
        @Size(max = 500) String name,
        @Size(max = 20) String unit,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1000000000", inclusive = false) @Digits(integer = 10, fraction = 3) BigDecimal quantity,
        @DecimalMin("0") @DecimalMax(value = "10000000000000", inclusive = false) @Digits(integer = 14, fraction = 2) BigDecimal unitPrice,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal discountPercent,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal vatRatePercent) {
}
