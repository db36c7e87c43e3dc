package io.salescrm.pipeline.funnel.web;

import io.salescrm.org.api.role.AccessLevel;
import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.pipeline.api.pipeline.AddStageCommand;
import io.salescrm.pipeline.api.pipeline.ChangePipelineSettingsCommand;
import io.salescrm.pipeline.api.pipeline.ChangeStageCommand;
import io.salescrm.pipeline.api.pipeline.CreatePipelineCommand;
import io.salescrm.pipeline.api.pipeline.RenamePipelineCommand;
import io.salescrm.pipeline.api.pipeline.ReorderStagesCommand;
import io.salescrm.pipeline.deal.command.StageRemoval;
import io.salescrm.pipeline.funnel.query.PipelineDefinitions;
import io.salescrm.pipeline.funnel.query.PipelineView;
import io.salescrm.pipeline.funnel.web.PipelineRequests.AddStageRequest;
import io.salescrm.pipeline.funnel.web.PipelineRequests.ChangeStageRequest;
import io.salescrm.pipeline.funnel.web.PipelineRequests.CreatePipelineRequest;
import io.salescrm.pipeline.funnel.web.PipelineRequests.PipelineSettingsRequest;
import io.salescrm.pipeline.funnel.web.PipelineRequests.RenamePipelineRequest;
import io.salescrm.pipeline.funnel.web.PipelineRequests.StageOrderRequest;
import io.salescrm.platform.access.AccessDeniedProblem;
import io.salescrm.platform.access.AccessPolicy;
import io.salescrm.platform.access.CurrentEmployee;
import io.salescrm.platform.web.IdempotentCreation;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Pipelines and their stages. Everyone who may read deals may read pipelines; defining and editing them is for
 * employees whose roles give WRITE on the organisation at level ALL (administrators). A single pipeline is read
 * from the event store (never behind); the list from the {@code pipelines} read model.
 */
@RestController
@RequestMapping("/pipelines")
public class PipelineController {

    public record PipelineCreated(String id) {
    }

    public record PipelinePage(List<PipelineView> items, int page, int size, long totalItems) {
    }

    record CreationFingerprint(String caller, CreatePipelineRequest request) {
    }

    private final CommandGateway commands;
    private final PipelineDefinitions pipelines;
    private final MongoTemplate mongo;
    private final AccessPolicy access;
    private final CurrentEmployee currentEmployee;
    private final IdempotentCreation idempotentCreation;
    private final StageRemoval stageRemoval;

    public PipelineController(CommandGateway commands, PipelineDefinitions pipelines, MongoTemplate mongo,
                              AccessPolicy access, CurrentEmployee currentEmployee,
                              IdempotentCreation idempotentCreation, StageRemoval stageRemoval) {
        this.commands = commands;
        this.pipelines = pipelines;
        this.mongo = mongo;
        this.access = access;
        this.currentEmployee = currentEmployee;
        this.idempotentCreation = idempotentCreation;
        this.stageRemoval = stageRemoval;
    }

    @GetMapping
    @Operation(summary = "Pipelines by name, one page at a time (at most 100 per page)")
    public PipelinePage list(@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                             @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        access.requireScope(EntityType.DEAL, Action.READ);
        long total = mongo.count(new Query(), PipelineView.class);
        Query pageQuery = new Query().with(PageRequest.of(page, size, Sort.by("name", "_id")));
        return new PipelinePage(mongo.find(pageQuery, PipelineView.class), page, size, total);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One pipeline with its stages in board order")
    public PipelineView get(@PathVariable @Size(max = 64) String id) {
        access.requireScope(EntityType.DEAL, Action.READ);
        return existing(id);
    }

    @PostMapping
    @Operation(summary = "Define a pipeline", description = "Stages in board order, at least one IN_PROGRESS, one WON and "
            + "one LOST (422 otherwise). Administrators only. Idempotency-Key supported.")
    public ResponseEntity<PipelineCreated> create(
            @RequestHeader(name = IdempotentCreation.HEADER, required = false) String idempotencyKey,
            @Valid @RequestBody CreatePipelineRequest request) {
        requireAdministrator();
        var outcome = idempotentCreation.create("pipelines", idempotencyKey,
                new CreationFingerprint(currentEmployee.id(), request), id -> commands.sendAndWait(new CreatePipelineCommand(id,
                        request.name(), request.stages().stream().map(StageRequest::toStage).toList(),
                        Boolean.TRUE.equals(request.simpleMode()), Boolean.TRUE.equals(request.moveToWonOnInvoicePaid()))));
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(outcome.id()).toUri();
        return ResponseEntity.created(location)
                .header("Idempotent-Replayed", Boolean.toString(outcome.replayed()))
                .body(new PipelineCreated(outcome.id()));
    }

    @PutMapping("/{id}/name")
    @Operation(summary = "Rename a pipeline (administrators)")
    public PipelineView rename(@PathVariable @Size(max = 64) String id, @Valid @RequestBody RenamePipelineRequest request) {
        return edit(id, new RenamePipelineCommand(id, request.name()));
    }

    @PutMapping("/{id}/settings")
    @Operation(summary = "Set simple mode (no leads) and the move-to-won-on-invoice-paid automation (administrators)")
    public PipelineView settings(@PathVariable @Size(max = 64) String id, @Valid @RequestBody PipelineSettingsRequest request) {
        return edit(id, new ChangePipelineSettingsCommand(id, request.simpleMode(), request.moveToWonOnInvoicePaid()));
    }

    @PostMapping("/{id}/stages")
    @Operation(summary = "Add a stage at a position (default: last) (administrators)")
    public PipelineView addStage(@PathVariable @Size(max = 64) String id, @Valid @RequestBody AddStageRequest request) {
        return edit(id, new AddStageCommand(id, request.stage().toStage(), request.position()));
    }

    @PutMapping("/{id}/stages/{stageId}")
    @Operation(summary = "Rename a stage, set its probability, colour and required fields; its semantics stay (administrators)")
    public PipelineView changeStage(@PathVariable @Size(max = 64) String id, @PathVariable @Size(max = 64) String stageId,
                                    @Valid @RequestBody ChangeStageRequest request) {
        return edit(id, new ChangeStageCommand(id, stageId, request.name(), request.probability(), request.colour(),
                request.requiredFields()));
    }

    @PutMapping("/{id}/stage-order")
    @Operation(summary = "Put the stages in a new order, naming each exactly once (administrators)")
    public PipelineView reorder(@PathVariable @Size(max = 64) String id, @Valid @RequestBody StageOrderRequest request) {
        return edit(id, new ReorderStagesCommand(id, request.stageIds()));
    }

    @DeleteMapping("/{id}/stages/{stageId}")
    @Operation(summary = "Remove a stage (administrators)", description = "A stage holding deals needs moveDealsTo, a "
            + "stage of the same semantics (422 without it); its deals are then moved there one by one with reason "
            + "stage-removed. The last stage of a semantics cannot be removed (422).")
    public StageRemoval.Result removeStage(@PathVariable @Size(max = 64) String id, @PathVariable @Size(max = 64) String stageId,
                                           @RequestParam(required = false) @Size(min = 1, max = 64) String moveDealsTo) {
        requireAdministrator();
        existing(id);
        return stageRemoval.remove(id, stageId, moveDealsTo);
    }

    private PipelineView edit(String id, Object command) {
        requireAdministrator();
        existing(id);
        commands.sendAndWait(command);
        return existing(id);
    }

    private PipelineView existing(String id) {
        return pipelines.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "No pipeline with id " + id + "."));
    }

    private void requireAdministrator() {
        if (access.levelFor(currentEmployee.id(), EntityType.ORG, Action.WRITE) != AccessLevel.ALL) {
            throw new AccessDeniedProblem(EntityType.ORG, Action.WRITE, "Only administrators (ORG WRITE at level ALL) edit pipelines.");
        }
    }
}
