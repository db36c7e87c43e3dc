package io.salescrm.pipeline.deal.web;

import io.salescrm.platform.rules.CurrencyCode;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * The body of {@code POST /deals}. Amounts are decimal strings, e.g. {@code "1500.00"}. {@code responsibleId}
 * defaults to the caller; {@code open} (visible to everyone at the OPEN level) defaults to false.
 */
public record CreateDealRequest(
        @NotBlank @Size(max = 200) String title,
        @NotNull @DecimalMin("0.00") @Digits(integer = 15, fraction = 2) BigDecimal amount,
        @NotNull @CurrencyCode String currency,
        @Size(min = 1, max = 64) String responsibleId,
        Boolean open) {
}
