package io.salescrm.pipeline.api.contact;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Marks contact {@code contactId} as merged into {@code survivorId}: from then on it is read-only. */
public record MergeContactIntoCommand(@TargetAggregateIdentifier String contactId, String survivorId) {
}
