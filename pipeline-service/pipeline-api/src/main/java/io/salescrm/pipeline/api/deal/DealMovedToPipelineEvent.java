package io.salescrm.pipeline.api.deal;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A deal left its pipeline for stage {@code toStageId} of pipeline {@code toPipelineId}, with that stage's probability. */
@Revision("1")
public record DealMovedToPipelineEvent(
        String dealId,
        String fromPipelineId,
        String fromStageId,
        String toPipelineId,
        String toStageId,
        int probability,
        Instant movedAt) {
}
