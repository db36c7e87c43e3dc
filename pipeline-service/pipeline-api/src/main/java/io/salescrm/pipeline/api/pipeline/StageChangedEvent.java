package io.salescrm.pipeline.api.pipeline;

import org.axonframework.serialization.Revision;

/** A stage's name, probability, colour or required fields changed; {@code stage} is its whole new definition. */
@Revision("1")
public record StageChangedEvent(String pipelineId, PipelineStage stage) {
}
