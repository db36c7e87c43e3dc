package io.salescrm.pipeline.api.company;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A company's details (and open flag) now read {@code details}, requisites included. */
@Revision("1")
public record CompanyDetailsChangedEvent(String companyId, CompanyDetails details, boolean open, Instant changedAt) {
}
