package io.salescrm.pipeline.api.contact;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A contact's details (and open flag) now read {@code details}. */
@Revision("1")
public record ContactDetailsChangedEvent(String contactId, ContactDetails details, boolean open, Instant changedAt) {
}
