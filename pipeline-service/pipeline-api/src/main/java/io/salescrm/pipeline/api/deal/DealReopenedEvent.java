package io.salescrm.pipeline.api.deal;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A closed deal was reopened into stage {@code toStageId} (the move itself is a {@link DealMovedToStageEvent}). */
@Revision("1")
public record DealReopenedEvent(
        String dealId,
        String pipelineId,
        String fromStageId,
        String toStageId,
        Instant reopenedAt) {
}
