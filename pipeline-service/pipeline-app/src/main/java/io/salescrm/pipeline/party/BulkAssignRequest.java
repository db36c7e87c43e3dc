package io.salescrm.pipeline.party;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The body of {@code POST /{leads|contacts|companies}/assign}: up to 100 records to one employee. */
public record BulkAssignRequest(
        @NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 64) String> ids,
        @NotBlank @Size(max = 64) String responsibleId) {
}
