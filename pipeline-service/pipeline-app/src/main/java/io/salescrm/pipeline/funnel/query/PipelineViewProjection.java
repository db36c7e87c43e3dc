package io.salescrm.pipeline.funnel.query;

import io.salescrm.pipeline.api.pipeline.PipelineCreatedEvent;
import io.salescrm.pipeline.api.pipeline.PipelineRenamedEvent;
import io.salescrm.pipeline.api.pipeline.PipelineSettingsChangedEvent;
import io.salescrm.pipeline.api.pipeline.StageAddedEvent;
import io.salescrm.pipeline.api.pipeline.StageChangedEvent;
import io.salescrm.pipeline.api.pipeline.StageRemovedEvent;
import io.salescrm.pipeline.api.pipeline.StagesReorderedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code pipelines} up to date from the local event store. An event at or below the stored version has been
 * applied already and is skipped, so redelivered or replayed events change nothing.
 */
@Component
@ProcessingGroup("pipeline-view")
public class PipelineViewProjection {

    private final MongoTemplate mongo;

    public PipelineViewProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(PipelineCreatedEvent event, @SequenceNumber long sequence) {
        if (mongo.findById(event.pipelineId(), PipelineView.class) == null) {
            mongo.save(PipelineView.evolve(null, event, sequence));
        }
    }

    @EventHandler
    void on(PipelineRenamedEvent event, @SequenceNumber long sequence) {
        apply(event.pipelineId(), event, sequence);
    }

    @EventHandler
    void on(PipelineSettingsChangedEvent event, @SequenceNumber long sequence) {
        apply(event.pipelineId(), event, sequence);
    }

    @EventHandler
    void on(StageAddedEvent event, @SequenceNumber long sequence) {
        apply(event.pipelineId(), event, sequence);
    }

    @EventHandler
    void on(StageChangedEvent event, @SequenceNumber long sequence) {
        apply(event.pipelineId(), event, sequence);
    }

    @EventHandler
    void on(StagesReorderedEvent event, @SequenceNumber long sequence) {
        apply(event.pipelineId(), event, sequence);
    }

    @EventHandler
    void on(StageRemovedEvent event, @SequenceNumber long sequence) {
        apply(event.pipelineId(), event, sequence);
    }

    private void apply(String pipelineId, Object event, long sequence) {
        PipelineView current = mongo.findById(pipelineId, PipelineView.class);
        if (current != null && sequence > current.version()) {
            mongo.save(PipelineView.evolve(current, event, sequence));
        }
    }
}
