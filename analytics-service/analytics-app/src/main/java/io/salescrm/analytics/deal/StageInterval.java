package io.salescrm.analytics.deal;

import java.time.Instant;

/**
 * A deal's stay in one stage: [{@code enteredAt}, {@code leftAt}), {@code leftAt} null while it is still there.
 * {@code fromStageId} is the stage of the same pipeline the deal came from (null for the first stay and after a move
 * between pipelines); whether the entry was a step back is judged at query time from the pipeline's current order.
 */
public record StageInterval(String pipelineId, String stageId, String fromStageId, Instant enteredAt, Instant leftAt) {

    StageInterval leaving(Instant at) {
        return new StageInterval(pipelineId, stageId, fromStageId, enteredAt, at);
    }
}
