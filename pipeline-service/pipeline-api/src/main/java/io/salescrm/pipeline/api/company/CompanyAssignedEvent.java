package io.salescrm.pipeline.api.company;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The company's responsible employee changed from {@code previousResponsibleId} to {@code responsibleId}. */
@Revision("1")
public record CompanyAssignedEvent(String companyId, String responsibleId, String previousResponsibleId, Instant assignedAt) {
}
