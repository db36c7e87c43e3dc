package io.salescrm.pipeline.api.pipeline;

import java.util.List;

/**
 * One stage of a pipeline: {@code probability} is the default win probability (0-100 %) of deals in it,
 * {@code colour} a {@code #rrggbb} value for boards, {@code requiredFields} what a deal must have to enter it.
 */
public record PipelineStage(
        String stageId,
        String name,
        StageSemantics semantics,
        int probability,
        String colour,
        List<DealField> requiredFields) {

    public PipelineStage {
        requiredFields = requiredFields == null ? List.of() : List.copyOf(requiredFields);
    }
}
