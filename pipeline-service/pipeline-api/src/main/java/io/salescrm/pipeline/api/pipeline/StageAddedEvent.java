package io.salescrm.pipeline.api.pipeline;

import org.axonframework.serialization.Revision;

/** A stage was inserted at {@code position} (0-based) of the pipeline's stage order. */
@Revision("1")
public record StageAddedEvent(String pipelineId, PipelineStage stage, int position) {
}
