package io.salescrm.pipeline.party;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /{leads|contacts|companies}/{survivorId}/merge}: the record merged into the survivor. */
public record MergeRequest(@NotBlank @Size(max = 64) String mergedId) {
}
