package io.salescrm.pipeline.api.pipeline;

import org.axonframework.serialization.Revision;

import java.util.List;

@Revision("1")
public record StagesReorderedEvent(String pipelineId, List<String> stageIds) {
}
