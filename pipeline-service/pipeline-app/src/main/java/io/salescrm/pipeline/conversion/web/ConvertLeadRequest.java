package io.salescrm.pipeline.conversion.web;

import io.salescrm.platform.rules.CurrencyCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * The body of {@code POST /leads/{id}/convert}: what the lead becomes. {@code contact} / {@code company}:
 * {@code {}} creates one from the lead's data, {@code {"id": ...}} links an existing one, null/absent makes none
 * (but with a {@code deal}, absent means "create one from the lead's data when the lead has such data": variant 2).
 * {@code deal} null converts without a deal (variant 1). {@code responsibleId} of the created records defaults to
 * the lead's responsible, else the caller.
 */
public record ConvertLeadRequest(
        @Valid PartyChoice contact,
        @Valid PartyChoice company,
        @Valid DealTerms deal,
        @Size(min = 1, max = 64) String responsibleId) {

    /** An existing record ({@code id}) or, with {@code id} null, a new one from the lead's data. */
    public record PartyChoice(@Size(min = 1, max = 64) String id) {
    }

    /**
     * The deal to create; every part defaults from the lead: pipeline (the lead's, else the default pipeline),
     * stage (the pipeline's first in-progress one), title (the lead's), amount and currency (the lead's expected
     * amount, else zero in the base currency).
     */
    public record DealTerms(
            @Size(min = 1, max = 64) String pipelineId,
            @Size(min = 1, max = 64) String stageId,
            @Size(min = 1, max = 200) String title,
            @DecimalMin("0.00") @Digits(integer = 15, fraction = 2) BigDecimal amount,
            @CurrencyCode String currency) {
    }
}
