package io.salescrm.pipeline.api.contact;

import org.axonframework.serialization.Revision;

/** Contact {@code contactId} now belongs to company {@code companyId} (the link is held by the contact). */
@Revision("1")
public record ContactLinkedToCompanyEvent(String contactId, String companyId) {
}
