package io.salescrm.pipeline.api.company;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The surviving company {@code companyId} takes over merged company {@code mergedId}: every detail it lacks is
 * taken from {@code mergedDetails}; phones and emails are united.
 */
public record AbsorbCompanyCommand(
        @TargetAggregateIdentifier String companyId,
        String mergedId,
        CompanyDetails mergedDetails) {
}
