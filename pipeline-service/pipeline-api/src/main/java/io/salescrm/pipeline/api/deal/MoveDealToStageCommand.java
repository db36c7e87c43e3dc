package io.salescrm.pipeline.api.deal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Moves a deal into another stage of its pipeline: an unclosed deal into any stage (entering a LOST one needs
 * {@code lostReason}), a closed one only into a stage of its own semantics. {@code reason} says why the move
 * happened when it was not a person's choice (e.g. the stage was removed); such a move skips required fields.
 */
public record MoveDealToStageCommand(
        @TargetAggregateIdentifier String dealId,
        TargetStage stage,
        String lostReason,
        String reason) {
}
