package io.salescrm.pipeline.api.lead;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A lead's details (and open flag) now read {@code details}. */
@Revision("1")
public record LeadDetailsChangedEvent(String leadId, LeadDetails details, boolean open, Instant changedAt) {
}
