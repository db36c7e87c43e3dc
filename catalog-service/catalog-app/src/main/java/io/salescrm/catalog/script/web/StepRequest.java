package io.salescrm.catalog.script.web;

import io.salescrm.catalog.api.script.ScriptStep;
import io.salescrm.catalog.api.script.ScriptStepKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/**
 * One step in a script request. {@code stepId} keeps a step's identity across versions: send the id you read to
 * keep it the same step (edited or moved); leave it out for a new step, which then gets one.
 */
public record StepRequest(
        @Pattern(regexp = "[A-Za-z0-9_-]{1,64}") String stepId,
        @NotNull ScriptStepKind kind,
        @NotBlank @Size(max = 2_000) String text,
        @Size(max = 2_000) String answer) {

    /** The steps with an id for every new one ({@code prefix} + random). */
    static List<ScriptStep> toSteps(List<StepRequest> requests, String prefix) {
        return requests.stream().map(step -> new ScriptStep(
                step.stepId() != null ? step.stepId() : prefix + UUID.randomUUID().toString().substring(0, 8),
                step.kind(), step.text(), step.answer())).toList();
    }
}
