package io.salescrm.pipeline.api.lead;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The surviving lead {@code leadId} takes over merged lead {@code mergedId}: every detail it lacks is taken from
 * {@code mergedDetails}; phones, emails and products of interest are united.
 */
public record AbsorbLeadCommand(@TargetAggregateIdentifier String leadId, String mergedId, LeadDetails mergedDetails) {
}
