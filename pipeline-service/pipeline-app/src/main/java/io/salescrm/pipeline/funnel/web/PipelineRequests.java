package io.salescrm.pipeline.funnel.web;

import io.salescrm.pipeline.api.pipeline.DealField;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Bodies of the pipeline endpoints. */
final class PipelineRequests {

    private PipelineRequests() {
    }

    /** {@code POST /pipelines}: the stages in board order (at least one IN_PROGRESS, one WON, one LOST). */
    record CreatePipelineRequest(
            @NotBlank @Size(max = 100) String name,
            @NotEmpty @Size(max = 30) List<@Valid @NotNull StageRequest> stages,
            Boolean simpleMode,
            Boolean moveToWonOnInvoicePaid) {
    }

    record RenamePipelineRequest(@NotBlank @Size(max = 100) String name) {
    }

    record PipelineSettingsRequest(@NotNull Boolean simpleMode, @NotNull Boolean moveToWonOnInvoicePaid) {
    }

    /** {@code POST /pipelines/{id}/stages}: {@code position} 0-based, left out = last. */
    record AddStageRequest(@Valid @NotNull StageRequest stage, @Min(0) @Max(30) Integer position) {
    }

    record ChangeStageRequest(
            @NotBlank @Size(max = 100) String name,
            @NotNull @Min(0) @Max(100) Integer probability,
            @NotNull @jakarta.validation.constraints.Pattern(regexp = "#[0-9a-fA-F]{6}") String colour,
            @Size(max = 8) List<@NotNull DealField> requiredFields) {
    }

    record StageOrderRequest(@NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 64) String> stageIds) {
    }
}
