package io.salescrm.catalog.script.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The body of {@code PUT /scripts/{id}} and {@code PUT /scripts/{id}/personal/{employeeId}}: all steps of the new
 * version, and the version the editor started from.
 */
public record ScriptChangeRequest(
        @NotNull @Min(1) Long expectedVersion,
        @NotBlank @Size(max = 200) String title,
        @NotEmpty @Size(max = 100) List<@Valid @NotNull StepRequest> steps) {
}
