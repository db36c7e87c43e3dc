package io.salescrm.catalog.script.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The body of a rebase: the personal version it starts from, and the standard version to adopt (default: the latest). */
public record RebaseRequest(@NotNull @Min(1) Long expectedVersion, @Min(1) Long toVersion) {
}
