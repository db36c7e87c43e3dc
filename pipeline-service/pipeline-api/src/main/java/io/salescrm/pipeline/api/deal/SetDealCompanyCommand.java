package io.salescrm.pipeline.api.deal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Links the deal to company {@code companyId}, or to none when null. */
public record SetDealCompanyCommand(@TargetAggregateIdentifier String dealId, String companyId) {
}
