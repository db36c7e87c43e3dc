package io.salescrm.pipeline.party;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /{leads|contacts|companies}/{id}/assign}. */
public record AssignRequest(@NotBlank @Size(max = 64) String responsibleId) {
}
