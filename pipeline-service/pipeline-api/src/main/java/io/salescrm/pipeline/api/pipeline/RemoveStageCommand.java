package io.salescrm.pipeline.api.pipeline;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Removes a stage. {@code moveDealsToStageId} names the stage that takes over its deals (required when it holds
 * any, checked by the sender against the deal read model); {@code dealsInStage} is that count, recorded so the
 * pipeline refuses to drop a stage with deals and no target.
 */
public record RemoveStageCommand(
        @TargetAggregateIdentifier String pipelineId,
        String stageId,
        String moveDealsToStageId,
        long dealsInStage) {
}
