package io.salescrm.pipeline.api.contact;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** A contact was registered; the first event of contact aggregate {@code contactId}. */
@Revision("1")
public record ContactCreatedEvent(
        String contactId,
        ContactDetails details,
        String responsibleId,
        boolean open,
        String originLeadId,
        List<String> companyIds,
        Instant createdAt) {
}
