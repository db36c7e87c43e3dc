package io.salescrm.pipeline.api.pipeline;

import org.axonframework.serialization.Revision;

@Revision("1")
public record PipelineRenamedEvent(String pipelineId, String name) {
}
