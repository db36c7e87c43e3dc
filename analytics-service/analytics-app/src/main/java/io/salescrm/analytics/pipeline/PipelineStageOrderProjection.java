package io.salescrm.analytics.pipeline;

import io.salescrm.analytics.AnalyticsProcessing;
import io.salescrm.analytics.pipeline.PipelineStageOrder.Stage;
import io.salescrm.pipeline.api.pipeline.PipelineCreatedEvent;
import io.salescrm.pipeline.api.pipeline.PipelineStage;
import io.salescrm.pipeline.api.pipeline.StageAddedEvent;
import io.salescrm.pipeline.api.pipeline.StageChangedEvent;
import io.salescrm.pipeline.api.pipeline.StageRemovedEvent;
import io.salescrm.pipeline.api.pipeline.StagesReorderedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Builds {@code pipeline_stages} from the pipeline definition events of the pipeline topic (keyed by pipeline id, so
 * one pipeline's events arrive in order); an event at or below the document's sequence number changes nothing.
 */
@Component
@ProcessingGroup(AnalyticsProcessing.GROUP)
public class PipelineStageOrderProjection {

    private final MongoTemplate mongo;

    public PipelineStageOrderProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(PipelineCreatedEvent event, @SequenceNumber long sequence) {
        if (mongo.findById(event.pipelineId(), PipelineStageOrder.class) == null) {
            mongo.insert(new PipelineStageOrder(event.pipelineId(), event.stages().stream().map(PipelineStageOrderProjection::stage).toList(), sequence));
        }
    }

    @EventHandler
    void on(StageAddedEvent event, @SequenceNumber long sequence) {
        apply(event.pipelineId(), sequence, stages -> {
            List<Stage> added = new ArrayList<>(stages);
            added.removeIf(s -> s.stageId().equals(event.stage().stageId()));
            added.add(Math.min(Math.max(event.position(), 0), added.size()), stage(event.stage()));
            return added;
        });
    }

    @EventHandler
    void on(StageChangedEvent event, @SequenceNumber long sequence) {
        apply(event.pipelineId(), sequence, stages -> stages.stream()
                .map(s -> s.stageId().equals(event.stage().stageId()) ? stage(event.stage()) : s).toList());
    }

    @EventHandler
    void on(StageRemovedEvent event, @SequenceNumber long sequence) {
        apply(event.pipelineId(), sequence, stages -> stages.stream().filter(s -> !s.stageId().equals(event.stageId())).toList());
    }

    @EventHandler
    void on(StagesReorderedEvent event, @SequenceNumber long sequence) {
        apply(event.pipelineId(), sequence, stages -> {
            Map<String, Stage> byId = stages.stream().collect(Collectors.toMap(Stage::stageId, s -> s));
            return event.stageIds().stream().filter(byId::containsKey).map(byId::get).toList();
        });
    }

    private void apply(String pipelineId, long sequence, UnaryOperator<List<Stage>> change) {
        PipelineStageOrder order = mongo.findById(pipelineId, PipelineStageOrder.class);
        if (order != null && sequence > order.sequence()) {
            mongo.save(new PipelineStageOrder(pipelineId, change.apply(order.stages()), sequence));
        }
    }

    private static Stage stage(PipelineStage stage) {
        return new Stage(stage.stageId(), stage.semantics());
    }
}
