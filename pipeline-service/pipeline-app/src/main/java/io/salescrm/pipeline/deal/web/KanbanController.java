package io.salescrm.pipeline.deal.web;

import io.salescrm.pipeline.api.pipeline.PipelineStage;
import io.salescrm.platform.currency.ExchangeRates;
import io.salescrm.pipeline.deal.query.DealReadAccess;
import io.salescrm.pipeline.deal.query.KanbanQuery;
import io.salescrm.pipeline.funnel.query.PipelineDefinitions;
import io.salescrm.pipeline.funnel.query.PipelineView;
import io.salescrm.platform.access.CurrentEmployee;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The kanban board of a pipeline: its stages in order, each with the count and base-currency sum of the deals
 * the caller may read there, and the newest deals of each column a page at a time.
 */
@RestController
@RequestMapping("/pipelines/{pipelineId}/kanban")
public class KanbanController {

    private final KanbanQuery kanban;
    private final PipelineDefinitions pipelines;
    private final DealReadAccess readAccess;
    private final CurrentEmployee currentEmployee;
    private final ExchangeRates exchangeRates;

    public KanbanController(KanbanQuery kanban, PipelineDefinitions pipelines, DealReadAccess readAccess,
                            CurrentEmployee currentEmployee, ExchangeRates exchangeRates) {
        this.kanban = kanban;
        this.pipelines = pipelines;
        this.readAccess = readAccess;
        this.currentEmployee = currentEmployee;
        this.exchangeRates = exchangeRates;
    }

    @GetMapping
    @Operation(summary = "The board: every column's count, amount sum in the base currency and first size deals (at most 50)")
    public KanbanQuery.Board board(@PathVariable @Size(max = 64) String pipelineId,
                                   @RequestParam(defaultValue = "20") @Min(1) @Max(50) int size) {
        var readable = readAccess.readable(currentEmployee.id());
        return kanban.board(pipeline(pipelineId), readable, exchangeRates.base(), size);
    }

    @GetMapping("/{stageId}")
    @Operation(summary = "One column of the board, page by page (the per-column cursor)")
    public KanbanQuery.Column column(@PathVariable @Size(max = 64) String pipelineId, @PathVariable @Size(max = 64) String stageId,
                                     @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                                     @RequestParam(defaultValue = "20") @Min(1) @Max(50) int size) {
        var readable = readAccess.readable(currentEmployee.id());
        PipelineView pipeline = pipeline(pipelineId);
        PipelineStage stage = pipeline.stage(stageId)
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "No stage " + stageId + " in pipeline " + pipelineId + "."));
        return kanban.column(pipeline, stage, readable, exchangeRates.base(), page, size);
    }

    private PipelineView pipeline(String pipelineId) {
        return pipelines.find(pipelineId)
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "No pipeline with id " + pipelineId + "."));
    }
}
