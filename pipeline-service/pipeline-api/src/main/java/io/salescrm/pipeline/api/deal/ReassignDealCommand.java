package io.salescrm.pipeline.api.deal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Makes {@code responsibleId} the employee answerable for the deal. */
public record ReassignDealCommand(@TargetAggregateIdentifier String dealId, String responsibleId) {
}
