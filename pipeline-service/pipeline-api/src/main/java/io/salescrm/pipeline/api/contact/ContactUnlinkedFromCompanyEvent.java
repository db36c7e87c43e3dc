package io.salescrm.pipeline.api.contact;

import org.axonframework.serialization.Revision;

/** Contact {@code contactId} no longer belongs to company {@code companyId}. */
@Revision("1")
public record ContactUnlinkedFromCompanyEvent(String contactId, String companyId) {
}
