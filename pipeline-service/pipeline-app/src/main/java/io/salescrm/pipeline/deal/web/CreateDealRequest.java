package io.salescrm.pipeline.deal.web;

import io.salescrm.pipeline.api.lead.LeadSource;
import io.salescrm.platform.rules.CurrencyCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /deals}. Amounts are decimal strings, e.g. {@code "1500.00"}; {@code amount} may be left
 * out when {@code productRows} are given (the amount is then their sum). {@code pipelineId} defaults to the default
 * pipeline, {@code stageId} to its first stage; {@code responsibleId} defaults to the caller; {@code open} (visible
 * to everyone at the OPEN level) defaults to false; {@code probability} to the stage's.
 */
public record CreateDealRequest(
        @NotBlank @Size(max = 200) String title,
        @DecimalMin("0.00") @Digits(integer = 15, fraction = 2) BigDecimal amount,
        @NotNull @CurrencyCode String currency,
        @Size(min = 1, max = 64) String responsibleId,
        Boolean open,
        @Size(min = 1, max = 64) String pipelineId,
        @Size(min = 1, max = 64) String stageId,
        @Size(max = 200) List<@Valid @NotNull ProductRowRequest> productRows,
        @Size(min = 1, max = 64) String companyId,
        @Size(max = 50) List<@NotBlank @Size(max = 64) String> contactIds,
        @Size(min = 1, max = 64) String originLeadId,
        LocalDate startDate,
        LocalDate expectedCloseDate,
        @Min(0) @Max(100) Integer probability,
        LeadSource source,
        @Size(max = 10_000) String comments,
        @Size(max = 50) Map<@NotBlank @Size(max = 64) String, @NotNull Object> customFields) {
}
