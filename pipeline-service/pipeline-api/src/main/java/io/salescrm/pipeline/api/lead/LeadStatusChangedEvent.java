package io.salescrm.pipeline.api.lead;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A lead's status changed from {@code from} to {@code to} at {@code changedAt}; {@code reason} is given for JUNK.
 * Every status change is one such event (analytics counts them).
 */
@Revision("1")
public record LeadStatusChangedEvent(String leadId, LeadStatus from, LeadStatus to, String reason, Instant changedAt) {
}
