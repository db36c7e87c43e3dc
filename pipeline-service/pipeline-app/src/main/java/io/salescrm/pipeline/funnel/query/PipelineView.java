package io.salescrm.pipeline.funnel.query;

import io.salescrm.pipeline.api.pipeline.PipelineCreatedEvent;
import io.salescrm.pipeline.api.pipeline.PipelineRenamedEvent;
import io.salescrm.pipeline.api.pipeline.PipelineSettingsChangedEvent;
import io.salescrm.pipeline.api.pipeline.PipelineStage;
import io.salescrm.pipeline.api.pipeline.StageAddedEvent;
import io.salescrm.pipeline.api.pipeline.StageChangedEvent;
import io.salescrm.pipeline.api.pipeline.StageRemovedEvent;
import io.salescrm.pipeline.api.pipeline.StagesReorderedEvent;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A pipeline as it is shown and used to check deal commands, in MongoDB collection {@code pipelines}.
 * {@link #evolve} is the one pure fold of pipeline events: the projection and the event-store reading in
 * {@link PipelineDefinitions} both use it, so both always agree. {@code version} is the sequence number of the last
 * event applied.
 */
@Document(PipelineView.COLLECTION)
public record PipelineView(
        @Id String id,
        String name,
        List<PipelineStage> stages,
        boolean simpleMode,
        boolean moveToWonOnInvoicePaid,
        Instant createdAt,
        long version) {

    public static final String COLLECTION = "pipelines";

    public Optional<PipelineStage> stage(String stageId) {
        return stages.stream().filter(stage -> stage.stageId().equals(stageId)).findFirst();
    }

    /** The pipeline after {@code event} (sequence number {@code sequence}); {@code current} is null before the first event. */
    public static PipelineView evolve(PipelineView current, Object event, long sequence) {
        if (event instanceof PipelineCreatedEvent created) {
            return new PipelineView(created.pipelineId(), created.name(), List.copyOf(created.stages()),
                    created.simpleMode(), created.moveToWonOnInvoicePaid(), created.createdAt(), sequence);
        }
        if (current == null) {
            return null;
        }
        if (event instanceof PipelineRenamedEvent renamed) {
            return current.with(renamed.name(), current.stages, current.simpleMode, current.moveToWonOnInvoicePaid, sequence);
        }
        if (event instanceof PipelineSettingsChangedEvent settings) {
            return current.with(current.name, current.stages, settings.simpleMode(), settings.moveToWonOnInvoicePaid(), sequence);
        }
        if (event instanceof StageAddedEvent added) {
            List<PipelineStage> stages = new ArrayList<>(current.stages);
            stages.add(Math.min(added.position(), stages.size()), added.stage());
            return current.withStages(stages, sequence);
        }
        if (event instanceof StageChangedEvent changed) {
            return current.withStages(current.stages.stream()
                    .map(s -> s.stageId().equals(changed.stage().stageId()) ? changed.stage() : s).toList(), sequence);
        }
        if (event instanceof StagesReorderedEvent reordered) {
            return current.withStages(reordered.stageIds().stream().flatMap(id -> current.stage(id).stream()).toList(), sequence);
        }
        if (event instanceof StageRemovedEvent removed) {
            return current.withStages(current.stages.stream()
                    .filter(s -> !s.stageId().equals(removed.stageId())).toList(), sequence);
        }
        return current;
    }

    private PipelineView withStages(List<PipelineStage> stages, long sequence) {
        return with(name, List.copyOf(stages), simpleMode, moveToWonOnInvoicePaid, sequence);
    }

    private PipelineView with(String name, List<PipelineStage> stages, boolean simpleMode, boolean moveToWonOnInvoicePaid, long sequence) {
        return new PipelineView(id, name, stages, simpleMode, moveToWonOnInvoicePaid, createdAt, sequence);
    }
}
