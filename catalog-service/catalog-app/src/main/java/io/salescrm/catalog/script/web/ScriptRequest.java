package io.salescrm.catalog.script.web;

import io.salescrm.catalog.api.script.ScriptScopeKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The body of {@code POST /scripts}: the standard script of one product, section or pipeline stage. */
public record ScriptRequest(
        @NotNull ScriptScopeKind scopeKind,
        @NotBlank @Size(max = 64) String scopeId,
        @NotBlank @Size(max = 200) String title,
        @NotEmpty @Size(max = 100) List<@Valid @NotNull StepRequest> steps) {
}
