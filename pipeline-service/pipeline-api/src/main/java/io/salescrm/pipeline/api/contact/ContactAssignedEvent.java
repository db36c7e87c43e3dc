package io.salescrm.pipeline.api.contact;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The contact's responsible employee changed from {@code previousResponsibleId} to {@code responsibleId}. */
@Revision("1")
public record ContactAssignedEvent(String contactId, String responsibleId, String previousResponsibleId, Instant assignedAt) {
}
