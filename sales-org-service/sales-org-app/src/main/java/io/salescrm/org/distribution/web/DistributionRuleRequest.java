package io.salescrm.org.distribution.web;

import io.salescrm.org.api.distribution.DistributionStrategy;
import io.salescrm.pipeline.api.lead.LeadSource;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The body of {@code POST /distribution-rules} and {@code PUT /distribution-rules/{id}}. {@code sources} empty or
 * absent = leads of any source; {@code pipelineId} absent = leads of any pipeline; {@code fallbackEmployeeId}
 * absent = no fallback. The matching rule with the lowest {@code priority} number decides.
 */
public record DistributionRuleRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 10) List<@NotNull LeadSource> sources,
        @Size(min = 1, max = 64) String pipelineId,
        @NotBlank @Size(max = 64) String targetUnitId,
        @NotNull DistributionStrategy strategy,
        @Size(min = 1, max = 64) String fallbackEmployeeId,
        @NotNull @Min(0) @Max(1_000_000) Integer priority) {

    List<String> sourceNames() {
        return sources == null ? List.of() : sources.stream().map(Enum::name).distinct().toList();
    }
}
