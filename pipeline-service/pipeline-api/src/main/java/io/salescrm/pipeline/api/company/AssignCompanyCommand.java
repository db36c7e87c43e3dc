package io.salescrm.pipeline.api.company;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Makes {@code responsibleId} responsible for the company; assigning the current responsible changes nothing. */
public record AssignCompanyCommand(@TargetAggregateIdentifier String companyId, String responsibleId) {
}
