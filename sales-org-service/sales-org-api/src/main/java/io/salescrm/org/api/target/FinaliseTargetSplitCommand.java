package io.salescrm.org.api.target;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Makes the target's draft split final: its parts must now add up exactly to the target. */
public record FinaliseTargetSplitCommand(@TargetAggregateIdentifier String targetId, Integer expectedRevision) {
}
