package io.salescrm.pipeline.api.company;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A company was registered, with its full requisites; the first event of company aggregate {@code companyId}. */
@Revision("1")
public record CompanyCreatedEvent(
        String companyId,
        CompanyDetails details,
        String responsibleId,
        boolean open,
        String originLeadId,
        Instant createdAt) {
}
