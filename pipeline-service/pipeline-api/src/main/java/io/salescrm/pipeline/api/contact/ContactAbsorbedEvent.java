package io.salescrm.pipeline.api.contact;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * Surviving contact {@code contactId} absorbed merged contact {@code mergedId}; {@code details} are its details
 * afterwards (its own, completed from the merged one's). The company links it took over follow as
 * {@link ContactLinkedToCompanyEvent}s.
 */
@Revision("1")
public record ContactAbsorbedEvent(String contactId, String mergedId, ContactDetails details, Instant absorbedAt) {
}
