package io.salescrm.pipeline.api.pipeline;

import org.axonframework.serialization.Revision;

/** A stage was removed; its deals (if any) are moved to {@code dealsMovedToStageId}, one deal command each. */
@Revision("1")
public record StageRemovedEvent(String pipelineId, String stageId, String dealsMovedToStageId) {
}
