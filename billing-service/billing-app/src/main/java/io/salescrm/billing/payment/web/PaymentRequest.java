package io.salescrm.billing.payment.web;

import io.salescrm.billing.api.payment.PaymentMethod;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The body of {@code POST /invoices/{id}/payments}: money received, in the invoice's currency. */
public record PaymentRequest(
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 13, fraction = 2) BigDecimal amount,
        @NotNull LocalDate paidOn,
        @NotNull PaymentMethod method,
        @Size(max = 200) String reference) {
}
