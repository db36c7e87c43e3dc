package io.salescrm.pipeline.api.deal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DetachContactFromDealCommand(@TargetAggregateIdentifier String dealId, String contactId) {
}
