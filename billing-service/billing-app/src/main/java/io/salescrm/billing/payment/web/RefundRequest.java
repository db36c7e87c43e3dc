package io.salescrm.billing.payment.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The body of {@code POST /invoices/{id}/refunds}: money paid back of one payment of the invoice. */
public record RefundRequest(
        @NotBlank @Size(max = 64) String paymentId,
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 13, fraction = 2) BigDecimal amount,
        @NotNull LocalDate refundedOn,
        @Size(max = 200) String reference) {
}
