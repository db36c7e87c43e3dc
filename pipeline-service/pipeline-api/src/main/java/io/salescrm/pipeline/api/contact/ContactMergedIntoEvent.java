package io.salescrm.pipeline.api.contact;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * Contact {@code contactId} was merged into contact {@code survivorId}: it keeps its history and lineage but is
 * read-only, and everything that referred to it should now refer to the survivor. Owners of records linked to
 * contacts (deals, activities) react to this event by moving their links to {@code survivorId}.
 */
@Revision("1")
public record ContactMergedIntoEvent(String contactId, String survivorId, Instant mergedAt) {
}
