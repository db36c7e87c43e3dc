package io.salescrm.pipeline.lead.web;

import io.salescrm.pipeline.api.lead.LeadStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /leads/{id}/status}: {@code reason} is required for JUNK. */
public record LeadStatusRequest(@NotNull LeadStatus status, @Size(max = 500) String reason) {
}
