package io.salescrm.catalog.template.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /templates/{id}/preview}: which version (default: the latest), document values keyed by
 * placeholder name, and product rows of sample values keyed by placeholder name.
 */
public record PreviewRequest(
        @Min(1) Long version,
        @Size(max = 20) Map<@Size(max = 100) String, @Size(max = 5_000) String> values,
        @Size(max = 50) List<@Size(max = 40) Map<@Size(max = 100) String, @Size(max = 5_000) String>> products) {
}
