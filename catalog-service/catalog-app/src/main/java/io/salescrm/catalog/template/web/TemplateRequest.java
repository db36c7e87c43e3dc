package io.salescrm.catalog.template.web;

import io.salescrm.catalog.api.template.TemplateKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /templates}: subject and body are template text (see the placeholder vocabulary). */
public record TemplateRequest(
        @NotNull TemplateKind kind,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 500) String subject,
        @NotBlank @Size(max = 50_000) String body) {
}
