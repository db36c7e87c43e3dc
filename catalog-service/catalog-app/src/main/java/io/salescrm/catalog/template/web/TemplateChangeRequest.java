package io.salescrm.catalog.template.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code PUT /templates/{id}}: the whole new text, and the version the editor started from. */
public record TemplateChangeRequest(
        @NotNull @Min(1) Long expectedVersion,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 500) String subject,
        @NotBlank @Size(max = 50_000) String body) {
}
