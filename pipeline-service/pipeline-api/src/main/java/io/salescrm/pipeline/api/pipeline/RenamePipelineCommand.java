package io.salescrm.pipeline.api.pipeline;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RenamePipelineCommand(@TargetAggregateIdentifier String pipelineId, String name) {
}
