package io.salescrm.pipeline.api.lead;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Marks lead {@code leadId} as merged into {@code survivorId}: from then on it is read-only. */
public record MergeLeadIntoCommand(@TargetAggregateIdentifier String leadId, String survivorId) {
}
