package io.salescrm.pipeline.api.company;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * Surviving company {@code companyId} absorbed merged company {@code mergedId}; {@code details} are its details
 * afterwards (its own, completed from the merged one's).
 */
@Revision("1")
public record CompanyAbsorbedEvent(String companyId, String mergedId, CompanyDetails details, Instant absorbedAt) {
}
