package io.salescrm.pipeline.api.company;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers a company. {@code originLeadId} is the lead it was converted from (null when created directly). */
public record CreateCompanyCommand(
        @TargetAggregateIdentifier String companyId,
        CompanyDetails details,
        String responsibleId,
        boolean open,
        String originLeadId) {
}
