package io.salescrm.pipeline.api.pipeline;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Puts the stages in this order; {@code stageIds} must name every stage of the pipeline exactly once. */
public record ReorderStagesCommand(@TargetAggregateIdentifier String pipelineId, List<String> stageIds) {
}
