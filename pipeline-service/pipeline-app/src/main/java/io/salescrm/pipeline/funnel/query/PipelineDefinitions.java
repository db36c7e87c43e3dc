package io.salescrm.pipeline.funnel.query;

import io.salescrm.pipeline.api.deal.TargetStage;
import io.salescrm.pipeline.api.pipeline.PipelineStage;
import io.salescrm.pipeline.api.pipeline.StageSemantics;
import io.salescrm.platform.rules.InvalidFieldException;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The current definition of a pipeline for the command path, folded from its events in the event store (a
 * pipeline has few) with {@link PipelineView#evolve}: unlike the {@code pipelines} read model it is never behind,
 * so a deal command always meets the stages as they are.
 */
@Component
public class PipelineDefinitions {

    static final String AGGREGATE_TYPE = "Pipeline";

    private final EventStore eventStore;

    public PipelineDefinitions(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public Optional<PipelineView> find(String pipelineId) {
        if (pipelineId == null) {
            return Optional.empty();
        }
        var events = eventStore.readEvents(pipelineId);
        PipelineView view = null;
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            if (!AGGREGATE_TYPE.equals(event.getType())) {
                return Optional.empty();
            }
            view = PipelineView.evolve(view, event.getPayload(), event.getSequenceNumber());
        }
        return Optional.ofNullable(view);
    }

    /**
     * The stage {@code stageId} of pipeline {@code pipelineId} (its first IN_PROGRESS stage when {@code stageId} is
     * null) as a deal command carries it; a 400 naming {@code pipelineField} or {@code stageField} when either
     * does not exist.
     */
    public TargetStage stage(String pipelineId, String stageId, String pipelineField, String stageField) {
        PipelineView pipeline = find(pipelineId)
                .orElseThrow(() -> new InvalidFieldException(pipelineField, "is not a pipeline"));
        PipelineStage stage = (stageId == null
                ? pipeline.stages().stream().filter(s -> s.semantics() == StageSemantics.IN_PROGRESS).findFirst()
                : pipeline.stage(stageId))
                .orElseThrow(() -> new InvalidFieldException(stageField, "is not a stage of pipeline " + pipelineId));
        return new TargetStage(pipeline.id(), stage.stageId(), stage.semantics(), stage.probability(), stage.requiredFields());
    }
}
