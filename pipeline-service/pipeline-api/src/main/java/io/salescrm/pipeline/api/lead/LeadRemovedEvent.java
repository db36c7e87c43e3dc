package io.salescrm.pipeline.api.lead;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The lead was removed for {@code reason}; the last event of its aggregate. */
@Revision("1")
public record LeadRemovedEvent(String leadId, String reason, Instant removedAt) {
}
