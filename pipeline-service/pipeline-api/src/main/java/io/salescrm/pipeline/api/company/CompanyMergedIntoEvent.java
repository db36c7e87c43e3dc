package io.salescrm.pipeline.api.company;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * Company {@code companyId} was merged into company {@code survivorId}: it keeps its history and lineage but is
 * read-only. Its contacts are relinked to the survivor (as contact link events); owners of other records linked
 * to companies (deals, activities, invoices) react to this event by moving their links to {@code survivorId}.
 */
@Revision("1")
public record CompanyMergedIntoEvent(String companyId, String survivorId, Instant mergedAt) {
}
