package io.salescrm.org.api.target;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Cancels a target. Refused while it has a final split (withdraw the split first) or while it is itself a part
 * of another target's split (re-split that one without it).
 */
public record CancelTargetCommand(@TargetAggregateIdentifier String targetId, String note, Integer expectedRevision) {
}
