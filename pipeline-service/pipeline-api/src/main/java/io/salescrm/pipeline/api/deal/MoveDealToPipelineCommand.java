package io.salescrm.pipeline.api.deal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Moves an unclosed deal into an IN_PROGRESS stage of another pipeline. */
public record MoveDealToPipelineCommand(@TargetAggregateIdentifier String dealId, TargetStage stage) {
}
