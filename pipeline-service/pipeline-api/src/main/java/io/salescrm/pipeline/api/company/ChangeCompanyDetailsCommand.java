package io.salescrm.pipeline.api.company;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces a company's details and open flag as a whole; unchanged details append nothing. */
public record ChangeCompanyDetailsCommand(
        @TargetAggregateIdentifier String companyId,
        CompanyDetails details,
        boolean open) {
}
