package io.salescrm.org.api.target;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Withdraws the target's split (draft or final) as a new split revision without parts; the child targets of the
 * final split are cancelled (each must not have a final split of its own).
 */
public record WithdrawTargetSplitCommand(@TargetAggregateIdentifier String targetId, String note, Integer expectedRevision) {
}
