package io.salescrm.pipeline.funnel.web;

import io.salescrm.pipeline.api.pipeline.DealField;
import io.salescrm.pipeline.api.pipeline.PipelineStage;
import io.salescrm.pipeline.api.pipeline.StageSemantics;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A stage as requests define it; {@code colour} is {@code #rrggbb}, {@code requiredFields} what a deal needs to enter. */
public record StageRequest(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,64}") String stageId,
        @NotBlank @Size(max = 100) String name,
        @NotNull StageSemantics semantics,
        @NotNull @Min(0) @Max(100) Integer probability,
        @NotNull @Pattern(regexp = "#[0-9a-fA-F]{6}") String colour,
        @Size(max = 8) List<@NotNull DealField> requiredFields) {

    PipelineStage toStage() {
        return new PipelineStage(stageId, name, semantics, probability, colour, requiredFields);
    }
}
