package io.salescrm.pipeline.deal.web;

import io.salescrm.pipeline.api.lead.LeadSource;
import io.salescrm.platform.rules.CurrencyCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Bodies of the deal command endpoints (creation: {@link CreateDealRequest}). */
final class DealRequests {

    private DealRequests() {
    }

    /**
     * {@code PUT /deals/{id}/details}: every editable detail (a left-out one is cleared, except {@code probability},
     * kept when left out). A deal with product rows keeps their sum as amount (leave {@code amount} out).
     */
    record ChangeDealDetailsRequest(
            @NotBlank @Size(max = 200) String title,
            @DecimalMin("0.00") @Digits(integer = 15, fraction = 2) BigDecimal amount,
            @NotNull @CurrencyCode String currency,
            @Min(0) @Max(100) Integer probability,
            LocalDate startDate,
            LocalDate expectedCloseDate,
            LeadSource source,
            @Size(max = 10_000) String comments,
            @Size(max = 50) Map<@NotBlank @Size(max = 64) String, @NotNull Object> customFields,
            Boolean open) {
    }

    /** {@code PUT /deals/{id}/product-rows}: the rows priced in {@code currency} (default: the deal's). */
    record ProductRowsRequest(
            @CurrencyCode String currency,
            @NotNull @Size(max = 200) List<@Valid @NotNull ProductRowRequest> rows) {
    }

    /** {@code POST /deals/{id}/stage}: {@code lostReason} is needed to enter a LOST stage. */
    record MoveToStageRequest(@NotBlank @Size(max = 64) String stageId, @Size(max = 500) String lostReason) {
    }

    /** {@code POST /deals/{id}/reopen}: the IN_PROGRESS stage the closed deal goes back to. */
    record ReopenRequest(@NotBlank @Size(max = 64) String stageId) {
    }

    /** {@code POST /deals/{id}/pipeline}: {@code stageId} defaults to the pipeline's first IN_PROGRESS stage. */
    record MoveToPipelineRequest(@NotBlank @Size(max = 64) String pipelineId, @Size(min = 1, max = 64) String stageId) {
    }

    record ReassignRequest(@NotBlank @Size(max = 64) String responsibleId) {
    }

    /** {@code POST /deals/reassign}: up to 100 deals, one command each. */
    record BulkReassignRequest(
            @NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 64) String> dealIds,
            @NotBlank @Size(max = 64) String responsibleId) {
    }

    /** {@code PUT /deals/{id}/company}: null unlinks the company. */
    record CompanyRequest(@Size(min = 1, max = 64) String companyId) {
    }
}
