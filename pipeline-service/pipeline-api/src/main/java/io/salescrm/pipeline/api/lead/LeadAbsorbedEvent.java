package io.salescrm.pipeline.api.lead;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * Surviving lead {@code leadId} absorbed merged lead {@code mergedId}; {@code details} are its details afterwards
 * (its own, completed from the merged one's).
 */
@Revision("1")
public record LeadAbsorbedEvent(String leadId, String mergedId, LeadDetails details, Instant absorbedAt) {
}
