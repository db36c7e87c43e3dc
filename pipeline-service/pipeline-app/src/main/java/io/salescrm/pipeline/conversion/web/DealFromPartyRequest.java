package io.salescrm.pipeline.conversion.web;

import io.salescrm.platform.rules.CurrencyCode;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * The body of {@code POST /deals/from-company/{id}} and {@code /deals/from-contact/{id}} (variant 3). Pipeline
 * defaults to the default pipeline, stage to its first in-progress one, amount to zero, currency to the base
 * currency; {@code responsibleId} to the company's or contact's responsible employee when the caller may add deals
 * for him, else to the caller; {@code open} to false.
 */
public record DealFromPartyRequest(
        @NotBlank @Size(max = 200) String title,
        @DecimalMin("0.00") @Digits(integer = 15, fraction = 2) BigDecimal amount,
        @CurrencyCode String currency,
        @Size(min = 1, max = 64) String pipelineId,
        @Size(min = 1, max = 64) String stageId,
        @Size(min = 1, max = 64) String responsibleId,
        Boolean open,
        @Size(max = 4000) String comments) {
}
