package io.salescrm.pipeline.api.deal;

import io.salescrm.pipeline.api.pipeline.DealField;
import io.salescrm.pipeline.api.pipeline.StageSemantics;

import java.util.List;

/**
 * The stage a deal is to enter, as its pipeline defines it when the command is sent (the sender looks it up in
 * the pipeline read model): the deal checks the required fields and closes or reopens by the semantics.
 */
public record TargetStage(
        String pipelineId,
        String stageId,
        StageSemantics semantics,
        int probability,
        List<DealField> requiredFields) {

    public TargetStage {
        requiredFields = requiredFields == null ? List.of() : List.copyOf(requiredFields);
    }
}
