package io.salescrm.pipeline.api.lead;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * Lead {@code leadId} was merged into lead {@code survivorId}: it keeps its history but is read-only. Owners of
 * records linked to leads (activities) react to this event by moving their links to {@code survivorId}.
 */
@Revision("1")
public record LeadMergedIntoEvent(String leadId, String survivorId, Instant mergedAt) {
}
