package io.salescrm.pipeline.api.deal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AttachContactToDealCommand(@TargetAggregateIdentifier String dealId, String contactId) {
}
