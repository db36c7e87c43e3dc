package io.salescrm.pipeline.funnel.command;

import io.salescrm.pipeline.api.pipeline.AddStageCommand;
import io.salescrm.pipeline.api.pipeline.ChangePipelineSettingsCommand;
import io.salescrm.pipeline.api.pipeline.ChangeStageCommand;
import io.salescrm.pipeline.api.pipeline.CreatePipelineCommand;
import io.salescrm.pipeline.api.pipeline.PipelineCreatedEvent;
import io.salescrm.pipeline.api.pipeline.PipelineRenamedEvent;
import io.salescrm.pipeline.api.pipeline.PipelineSettingsChangedEvent;
import io.salescrm.pipeline.api.pipeline.PipelineStage;
import io.salescrm.pipeline.api.pipeline.RemoveStageCommand;
import io.salescrm.pipeline.api.pipeline.RenamePipelineCommand;
import io.salescrm.pipeline.api.pipeline.ReorderStagesCommand;
import io.salescrm.pipeline.api.pipeline.StageAddedEvent;
import io.salescrm.pipeline.api.pipeline.StageChangedEvent;
import io.salescrm.pipeline.api.pipeline.StageRemovedEvent;
import io.salescrm.pipeline.api.pipeline.StageSemantics;
import io.salescrm.pipeline.api.pipeline.StagesReorderedEvent;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A pipeline (funnel): ordered stages with semantics, probabilities, colours and required fields. Event-sourced.
 * It always keeps at least one IN_PROGRESS, one WON and one LOST stage; deals refer to its stages by id, so a
 * stage holding deals is removed only together with the name of the stage that takes them over.
 */
@Aggregate
public class Pipeline {

    static final String RULE_SEMANTICS_MISSING = "pipeline-needs-every-semantics";
    static final String RULE_STAGE_HOLDS_DEALS = "stage-holds-deals";

    @AggregateIdentifier
    private String pipelineId;
    private String name;
    private final List<PipelineStage> stages = new ArrayList<>();
    private boolean simpleMode;
    private boolean moveToWonOnInvoicePaid;

    protected Pipeline() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    public Pipeline(CreatePipelineCommand command) {
        String validName = PipelineInput.name("name", command.name());
        List<PipelineStage> validStages = PipelineInput.stages(command.stages());
        requireEverySemantics(validStages);
        apply(new PipelineCreatedEvent(command.pipelineId(), validName, validStages, command.simpleMode(),
                command.moveToWonOnInvoicePaid(), GenericEventMessage.clock.instant()));
    }

    @CommandHandler
    void handle(RenamePipelineCommand command) {
        String newName = PipelineInput.name("name", command.name());
        if (!newName.equals(name)) {
            apply(new PipelineRenamedEvent(pipelineId, newName));
        }
    }

    @CommandHandler
    void handle(ChangePipelineSettingsCommand command) {
        if (command.simpleMode() != simpleMode || command.moveToWonOnInvoicePaid() != moveToWonOnInvoicePaid) {
            apply(new PipelineSettingsChangedEvent(pipelineId, command.simpleMode(), command.moveToWonOnInvoicePaid()));
        }
    }

    @CommandHandler
    void handle(AddStageCommand command) {
        PipelineStage stage = PipelineInput.stage("stage", command.stage());
        if (indexOf(stage.stageId()) >= 0) {
            throw new InvalidFieldException("stage.stageId", "is taken by another stage of this pipeline");
        }
        if (stages.size() >= PipelineInput.MAX_STAGES) {
            throw new InvalidFieldException("stage", "the pipeline has " + PipelineInput.MAX_STAGES + " stages already");
        }
        int position = command.position() == null || command.position() > stages.size() ? stages.size() : command.position();
        if (position < 0) {
            throw new InvalidFieldException("position", "must not be negative");
        }
        apply(new StageAddedEvent(pipelineId, stage, position));
    }

    @CommandHandler
    void handle(ChangeStageCommand command) {
        PipelineStage current = stageNamed(command.stageId());
        PipelineStage changed = PipelineInput.stage("stage", new PipelineStage(command.stageId(), command.name(),
                current.semantics(), command.probability(), command.colour(), command.requiredFields()));
        if (!changed.equals(current)) {
            apply(new StageChangedEvent(pipelineId, changed));
        }
    }

    @CommandHandler
    void handle(ReorderStagesCommand command) {
        List<String> order = command.stageIds() == null ? List.of() : command.stageIds();
        Set<String> current = new HashSet<>(stages.stream().map(PipelineStage::stageId).toList());
        if (order.size() != stages.size() || !new HashSet<>(order).equals(current)) {
            throw new InvalidFieldException("stageIds", "must name every stage of the pipeline exactly once");
        }
        if (!order.equals(stages.stream().map(PipelineStage::stageId).toList())) {
            apply(new StagesReorderedEvent(pipelineId, List.copyOf(order)));
        }
    }

    @CommandHandler
    void handle(RemoveStageCommand command) {
        PipelineStage removed = stageNamed(command.stageId());
        String target = command.moveDealsToStageId();
        if (target != null) {
            if (target.equals(command.stageId())) {
                throw new InvalidFieldException("moveDealsToStageId", "must be another stage than the removed one");
            }
            PipelineStage targetStage = stages.stream().filter(s -> s.stageId().equals(target)).findFirst()
                    .orElseThrow(() -> new InvalidFieldException("moveDealsToStageId", "is not a stage of this pipeline"));
            if (targetStage.semantics() != removed.semantics()) {
                throw new InvalidFieldException("moveDealsToStageId", "must have the removed stage's semantics ("
                        + removed.semantics() + ") so its deals stay as open or closed as they are");
            }
        } else if (command.dealsInStage() > 0) {
            throw new RuleViolationException(RULE_STAGE_HOLDS_DEALS, "Stage " + command.stageId() + " holds "
                    + command.dealsInStage() + " deal(s); name the stage to move them to (moveDealsToStageId).");
        }
        List<PipelineStage> remaining = new ArrayList<>(stages);
        remaining.remove(removed);
        requireEverySemantics(remaining);
        apply(new StageRemovedEvent(pipelineId, command.stageId(), target));
    }

    @EventSourcingHandler
    void on(PipelineCreatedEvent event) {
        this.pipelineId = event.pipelineId();
        this.name = event.name();
        this.stages.addAll(event.stages());
        this.simpleMode = event.simpleMode();
        this.moveToWonOnInvoicePaid = event.moveToWonOnInvoicePaid();
    }

    @EventSourcingHandler
    void on(PipelineRenamedEvent event) {
        this.name = event.name();
    }

    @EventSourcingHandler
    void on(PipelineSettingsChangedEvent event) {
        this.simpleMode = event.simpleMode();
        this.moveToWonOnInvoicePaid = event.moveToWonOnInvoicePaid();
    }

    @EventSourcingHandler
    void on(StageAddedEvent event) {
        stages.add(event.position(), event.stage());
    }

    @EventSourcingHandler
    void on(StageChangedEvent event) {
        stages.set(indexOf(event.stage().stageId()), event.stage());
    }

    @EventSourcingHandler
    void on(StagesReorderedEvent event) {
        List<PipelineStage> reordered = event.stageIds().stream().map(id -> stages.get(indexOf(id))).toList();
        stages.clear();
        stages.addAll(reordered);
    }

    @EventSourcingHandler
    void on(StageRemovedEvent event) {
        stages.remove(indexOf(event.stageId()));
    }

    private PipelineStage stageNamed(String stageId) {
        int index = indexOf(stageId);
        if (index < 0) {
            throw new InvalidFieldException("stageId", "is not a stage of this pipeline");
        }
        return stages.get(index);
    }

    private int indexOf(String stageId) {
        for (int i = 0; i < stages.size(); i++) {
            if (Objects.equals(stages.get(i).stageId(), stageId)) {
                return i;
            }
        }
        return -1;
    }

    private static void requireEverySemantics(List<PipelineStage> stages) {
        Set<StageSemantics> present = EnumSet.noneOf(StageSemantics.class);
        stages.forEach(stage -> present.add(stage.semantics()));
        if (!present.containsAll(EnumSet.allOf(StageSemantics.class))) {
            throw new RuleViolationException(RULE_SEMANTICS_MISSING,
                    "A pipeline needs at least one IN_PROGRESS, one WON and one LOST stage.");
        }
    }
}
