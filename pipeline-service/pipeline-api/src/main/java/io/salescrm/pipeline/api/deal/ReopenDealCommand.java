package io.salescrm.pipeline.api.deal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reopens a won or lost deal into an IN_PROGRESS stage of its pipeline. */
public record ReopenDealCommand(@TargetAggregateIdentifier String dealId, TargetStage stage) {
}
