package io.salescrm.pipeline.activity.web;

import jakarta.validation.constraints.Size;

/** The optional body of {@code POST /activities/{id}/done}: a note on the result. */
public record MarkDoneRequest(@Size(max = 2000) String result) {
}
