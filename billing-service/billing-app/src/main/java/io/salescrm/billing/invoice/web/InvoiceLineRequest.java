package io.salescrm.billing.invoice.web;

import io.salescrm.billing.api.invoice.InvoiceLineInput;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** One invoice line in a request, priced with or without VAT as the invoice says ({@code vatRatePercent} null: without VAT). */
public record InvoiceLineRequest(
        @Size(min = 1, max = 64) String productId,
        @NotBlank @Size(max = 500) String name,
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 9, fraction = 3) BigDecimal quantity,
        @Size(max = 20) String unit,
        @NotNull @DecimalMin("0") @Digits(integer = 13, fraction = 2) BigDecimal unitPrice,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal discountPercent,
        @DecimalMin("0") @Digits(integer = 13, fraction = 2) BigDecimal discountAmount,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal vatRatePercent) {

    InvoiceLineInput toInput() {
        return new InvoiceLineInput(productId, name, quantity, unit, unitPrice, discountPercent, discountAmount, vatRatePercent);
    }
}
