package io.salescrm.analytics.pipeline;

import io.salescrm.pipeline.api.pipeline.StageSemantics;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

/**
 * The stages of one pipeline in board order as the pipeline's events last defined them, in collection
 * {@code pipeline_stages}; {@code sequence} is the pipeline aggregate's last applied event (older ones are ignored).
 * It judges moves at query time, so its value never depends on whether a deal's events were read before the
 * pipeline's.
 */
@Document(PipelineStageOrder.COLLECTION)
public record PipelineStageOrder(@Id String pipelineId, List<Stage> stages, long sequence) {

    public static final String COLLECTION = "pipeline_stages";

    public record Stage(String stageId, StageSemantics semantics) {
    }

    public PipelineStageOrder {
        stages = List.copyOf(stages);
    }

    /**
     * Whether a move from {@code fromStageId} to {@code toStageId} is a step back: both are IN_PROGRESS stages of the
     * current order and the target comes earlier. Closing (into WON/LOST) and reopening (out of them) are not steps
     * back; a stage missing from the order (removed, or not known yet) makes no step back either.
     */
    public boolean isBackward(String fromStageId, String toStageId) {
        int from = inProgressPosition(fromStageId);
        int to = inProgressPosition(toStageId);
        return from >= 0 && to >= 0 && to < from;
    }

    private int inProgressPosition(String stageId) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).stageId().equals(stageId)) {
                return stages.get(i).semantics() == StageSemantics.IN_PROGRESS ? i : -1;
            }
        }
        return -1;
    }
}
