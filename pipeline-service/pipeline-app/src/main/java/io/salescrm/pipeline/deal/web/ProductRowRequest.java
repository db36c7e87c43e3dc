package io.salescrm.pipeline.deal.web;

import io.salescrm.pipeline.api.deal.DiscountType;
import io.salescrm.pipeline.api.deal.ProductRowLine;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One product row of a deal request, priced in the deal's currency (decimal strings). {@code rowId} is generated
 * when left out; {@code discount} is a percentage or an amount off the row by {@code discountType}; {@code vatRate}
 * is the VAT percentage included in the price.
 */
public record ProductRowRequest(
        @Size(min = 1, max = 64) String rowId,
        @Size(min = 1, max = 64) String productId,
        @Size(min = 1, max = 64) String variantId,
        @NotBlank @Size(max = 300) String name,
        @Size(min = 1, max = 64) String sku,
        @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal price,
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 7, fraction = 3) BigDecimal quantity,
        DiscountType discountType,
        @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal discount,
        @DecimalMin("0.00") @DecimalMax("100.00") @Digits(integer = 3, fraction = 2) BigDecimal vatRate) {

    ProductRowLine toLine() {
        return new ProductRowLine(rowId != null ? rowId : UUID.randomUUID().toString(), productId, variantId, name, sku,
                price, quantity, discountType, discount, vatRate);
    }
}
