package io.salescrm.pipeline.api.deal;

import io.salescrm.pipeline.api.pipeline.StageSemantics;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A deal went from one stage of its pipeline to another at {@code movedAt} (dwell times are measured between these
 * events). {@code probability} is the deal's probability after the move (the stage's). {@code reason} is null for
 * a person's move, else why it was moved (e.g. {@code stage-removed}). Entering a WON or LOST stage is followed by
 * {@link DealWonEvent} or {@link DealLostEvent}, leaving one by {@link DealReopenedEvent}.
 */
@Revision("1")
public record DealMovedToStageEvent(
        String dealId,
        String pipelineId,
        String fromStageId,
        StageSemantics fromSemantics,
        String toStageId,
        StageSemantics toSemantics,
        int probability,
        String reason,
        Instant movedAt) {
}
