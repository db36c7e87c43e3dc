package io.salescrm.pipeline.leadimport.web;

import io.salescrm.pipeline.api.lead.LeadSource;
import io.salescrm.pipeline.leadimport.job.DuplicatePolicy;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Map;

/**
 * The {@code options} part of {@code POST /lead-imports}. {@code mapping}: CSV column (its header name, or its
 * 1-based number when {@code header} is false) -> lead field ("title", "firstName", "phone", ..., "custom:&lt;name&gt;").
 * Defaults: UTF-8, comma, header row, duplicate policy SKIP, no default source, no default responsible (the leads
 * are distributed).
 */
public record LeadImportRequest(
        @Pattern(regexp = "(?i)UTF-8|windows-1251", message = "must be UTF-8 or windows-1251") String encoding,
        @Pattern(regexp = "[,;]", message = "must be , or ;") String delimiter,
        Boolean header,
        @NotEmpty @Size(max = 60) Map<@NotBlank @Size(max = 200) String, @NotBlank @Size(max = 100) String> mapping,
        DuplicatePolicy duplicatePolicy,
        LeadSource defaultSource,
        @Size(min = 1, max = 64) String defaultResponsibleId) {
}
