package io.salescrm.pipeline.api.lead;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Removes a lead (e.g. undoing the import that created it): it vanishes from lists and answers 404, but its state
 * before the removal stays readable as of an earlier instant. {@code reason} is required.
 */
public record RemoveLeadCommand(@TargetAggregateIdentifier String leadId, String reason) {
}
