package io.salescrm.pipeline.api.pipeline;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds a stage at {@code position} (0-based; null or beyond the end: last). */
public record AddStageCommand(@TargetAggregateIdentifier String pipelineId, PipelineStage stage, Integer position) {
}
