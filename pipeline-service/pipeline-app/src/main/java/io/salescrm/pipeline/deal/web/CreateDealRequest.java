package io.salescrm.pipeline.deal.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** The body of {@code POST /deals}. Amounts are decimal strings, e.g. {@code "1500.00"}. */
public record CreateDealRequest(
        @NotBlank @Size(max = 200) String title,
        @NotNull @DecimalMin("0.00") @Digits(integer = 15, fraction = 2) BigDecimal amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be a three-letter ISO 4217 code") String currency) {
}
