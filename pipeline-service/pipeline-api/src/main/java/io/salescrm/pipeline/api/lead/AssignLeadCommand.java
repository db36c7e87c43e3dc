package io.salescrm.pipeline.api.lead;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Makes {@code responsibleId} responsible for the lead (by hand); assigning the current responsible changes nothing. */
public record AssignLeadCommand(@TargetAggregateIdentifier String leadId, String responsibleId) {
}
