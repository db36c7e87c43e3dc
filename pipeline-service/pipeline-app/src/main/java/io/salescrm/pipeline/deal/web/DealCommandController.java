package io.salescrm.pipeline.deal.web;

import io.salescrm.pipeline.api.deal.AttachContactToDealCommand;
import io.salescrm.pipeline.api.deal.ChangeDealDetailsCommand;
import io.salescrm.pipeline.api.deal.DetachContactFromDealCommand;
import io.salescrm.pipeline.api.deal.MoveDealToPipelineCommand;
import io.salescrm.pipeline.api.deal.MoveDealToStageCommand;
import io.salescrm.pipeline.api.deal.ProductRowLine;
import io.salescrm.pipeline.api.deal.ReassignDealCommand;
import io.salescrm.pipeline.api.deal.ReopenDealCommand;
import io.salescrm.pipeline.api.deal.SetDealCompanyCommand;
import io.salescrm.pipeline.api.deal.SetDealProductRowsCommand;
import io.salescrm.pipeline.api.deal.TargetStage;
import io.salescrm.platform.currency.ExchangeRates;
import io.salescrm.pipeline.deal.query.DealHistory;
import io.salescrm.pipeline.deal.query.DealView;
import io.salescrm.pipeline.deal.web.DealRequests.BulkReassignRequest;
import io.salescrm.pipeline.deal.web.DealRequests.ChangeDealDetailsRequest;
import io.salescrm.pipeline.deal.web.DealRequests.CompanyRequest;
import io.salescrm.pipeline.deal.web.DealRequests.MoveToPipelineRequest;
import io.salescrm.pipeline.deal.web.DealRequests.MoveToStageRequest;
import io.salescrm.pipeline.deal.web.DealRequests.ProductRowsRequest;
import io.salescrm.pipeline.deal.web.DealRequests.ReassignRequest;
import io.salescrm.pipeline.deal.web.DealRequests.ReopenRequest;
import io.salescrm.pipeline.funnel.query.PipelineDefinitions;
import io.salescrm.platform.access.AccessDeniedProblem;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;

/**
 * Changing deals: details, product rows, stage moves (closing as won or lost, reopening), moving to another
 * pipeline, the responsible employee (single and bulk), contacts and company. Each call checks the caller's rights
 * on the deal as the event store has it now (404 when he may not read it, 403 when he may not change it or move it
 * there) and answers the deal as it is after the command.
 */
@RestController
@RequestMapping("/deals")
public class DealCommandController {

    /** How one deal of a bulk request fared. */
    public enum Outcome {
        DONE, NOT_FOUND, FORBIDDEN, REFUSED
    }

    public record BulkResult(String dealId, Outcome outcome, String detail) {
    }

    public record BulkReassignResult(List<BulkResult> results) {
    }

    private final CommandGateway commands;
    private final DealWriteAccess access;
    private final DealHistory history;
    private final PipelineDefinitions pipelines;
    private final ExchangeRates exchangeRates;

    public DealCommandController(CommandGateway commands, DealWriteAccess access, DealHistory history,
                                 PipelineDefinitions pipelines, ExchangeRates exchangeRates) {
        this.commands = commands;
        this.access = access;
        this.history = history;
        this.pipelines = pipelines;
        this.exchangeRates = exchangeRates;
    }

    @PutMapping("/{id}/details")
    @Operation(summary = "Replace a deal's editable details", description = "Title, manual amount and currency (a deal "
            + "with product rows keeps their sum and currency: 422 otherwise), probability, dates, source, comments, "
            + "custom fields, open flag. The rate to the base currency is today's.")
    public DealView changeDetails(@PathVariable @Size(max = 64) String id, @Valid @RequestBody ChangeDealDetailsRequest request) {
        DealView deal = access.writable(id);
        boolean open = request.open() != null ? request.open() : deal.open();
        var rate = exchangeRates.rateToBase(request.currency(), "currency");
        return send(id, new ChangeDealDetailsCommand(id, request.title(), request.amount(), request.currency(),
                exchangeRates.base(), rate, request.probability(), request.startDate(), request.expectedCloseDate(),
                request.source(), request.comments(), request.customFields(), open));
    }

    @PutMapping("/{id}/product-rows")
    @Operation(summary = "Replace a deal's product rows", description = "The amount becomes the sum of the rows "
            + "(price x quantity - discount each, exact); with no rows it stays and is manual again.")
    public DealView setProductRows(@PathVariable @Size(max = 64) String id, @Valid @RequestBody ProductRowsRequest request) {
        DealView deal = access.writable(id);
        String currency = request.currency() != null ? request.currency() : deal.currency();
        var rate = exchangeRates.rateToBase(currency, "currency");
        List<ProductRowLine> rows = request.rows().stream().map(ProductRowRequest::toLine).toList();
        return send(id, new SetDealProductRowsCommand(id, rows, currency, exchangeRates.base(), rate));
    }

    @PostMapping("/{id}/stage")
    @Operation(summary = "Move a deal to another stage of its pipeline", description = "Entering a stage checks its "
            + "required fields (422 naming the missing ones); a WON stage wins the deal, a LOST one loses it and needs "
            + "lostReason. A closed deal moves only between stages of its semantics (reopen it otherwise). The "
            + "caller's roles must allow moving deals into the stage (403).")
    public DealView moveToStage(@PathVariable @Size(max = 64) String id, @Valid @RequestBody MoveToStageRequest request) {
        DealView deal = access.writable(id);
        TargetStage stage = pipelines.stage(deal.pipelineId(), request.stageId(), "pipelineId", "stageId");
        access.requireMove(deal, stage.pipelineId(), stage.stageId());
        return send(id, new MoveDealToStageCommand(id, stage, request.lostReason(), null));
    }

    @PostMapping("/{id}/reopen")
    @Operation(summary = "Reopen a won or lost deal into an IN_PROGRESS stage of its pipeline")
    public DealView reopen(@PathVariable @Size(max = 64) String id, @Valid @RequestBody ReopenRequest request) {
        DealView deal = access.writable(id);
        TargetStage stage = pipelines.stage(deal.pipelineId(), request.stageId(), "pipelineId", "stageId");
        access.requireMove(deal, stage.pipelineId(), stage.stageId());
        return send(id, new ReopenDealCommand(id, stage));
    }

    @PostMapping("/{id}/pipeline")
    @Operation(summary = "Move an unclosed deal into another pipeline", description = "Into stageId (an IN_PROGRESS stage) "
            + "or the pipeline's first IN_PROGRESS stage.")
    public DealView moveToPipeline(@PathVariable @Size(max = 64) String id, @Valid @RequestBody MoveToPipelineRequest request) {
        DealView deal = access.writable(id);
        TargetStage stage = pipelines.stage(request.pipelineId(), request.stageId(), "pipelineId", "stageId");
        access.requireMove(deal, stage.pipelineId(), stage.stageId());
        return send(id, new MoveDealToPipelineCommand(id, stage));
    }

    @PutMapping("/{id}/responsible")
    @Operation(summary = "Hand a deal to another employee", description = "An active employee whom the caller's WRITE "
            + "rights on deals cover.")
    public DealView reassign(@PathVariable @Size(max = 64) String id, @Valid @RequestBody ReassignRequest request) {
        DealView deal = access.writable(id);
        access.requireNewResponsible(deal, request.responsibleId());
        return send(id, new ReassignDealCommand(id, request.responsibleId()));
    }

    @PostMapping("/reassign")
    @Operation(summary = "Hand up to 100 deals to another employee", description = "One command per deal; each deal's "
            + "outcome is reported (DONE, NOT_FOUND, FORBIDDEN, REFUSED with the reason), one refusal stops no other.")
    public BulkReassignResult reassignAll(@Valid @RequestBody BulkReassignRequest request) {
        List<BulkResult> results = request.dealIds().stream().distinct().map(dealId -> {
            try {
                DealView deal = access.writable(dealId);
                access.requireNewResponsible(deal, request.responsibleId());
                commands.sendAndWait(new ReassignDealCommand(dealId, request.responsibleId()));
                return new BulkResult(dealId, Outcome.DONE, null);
            } catch (RuntimeException refused) {
                return refusal(dealId, refused);
            }
        }).toList();
        return new BulkReassignResult(results);
    }

    @PutMapping("/{id}/contacts/{contactId}")
    @Operation(summary = "Attach a contact to a deal (no change when attached already; at most 50)")
    public DealView attachContact(@PathVariable @Size(max = 64) String id, @PathVariable @Size(max = 64) String contactId) {
        access.writable(id);
        return send(id, new AttachContactToDealCommand(id, contactId));
    }

    @DeleteMapping("/{id}/contacts/{contactId}")
    @Operation(summary = "Detach a contact from a deal (no change when not attached)")
    public DealView detachContact(@PathVariable @Size(max = 64) String id, @PathVariable @Size(max = 64) String contactId) {
        access.writable(id);
        return send(id, new DetachContactFromDealCommand(id, contactId));
    }

    @PutMapping("/{id}/company")
    @Operation(summary = "Link a deal to a company, or to none with companyId null")
    public DealView setCompany(@PathVariable @Size(max = 64) String id, @Valid @RequestBody CompanyRequest request) {
        access.writable(id);
        return send(id, new SetDealCompanyCommand(id, request.companyId()));
    }

    private DealView send(String id, Object command) {
        commands.sendAndWait(command);
        return history.current(id).orElseThrow();
    }

    /** Turns the refusal of one deal of a bulk request into its reported outcome; anything else is not a refusal. */
    private static BulkResult refusal(String dealId, RuntimeException refused) {
        if (refused instanceof ResponseStatusException notFound) {
            return new BulkResult(dealId, Outcome.NOT_FOUND, notFound.getReason());
        }
        if (refused instanceof AccessDeniedProblem forbidden) {
            return new BulkResult(dealId, Outcome.FORBIDDEN, forbidden.getBody().getDetail());
        }
        if (refused instanceof InvalidFieldException invalid) {
            return new BulkResult(dealId, Outcome.REFUSED, invalid.field() + " " + invalid.getMessage());
        }
        if (refused instanceof RuleViolationException violation) {
            return new BulkResult(dealId, Outcome.REFUSED, violation.getMessage());
        }
        throw refused;
    }
}
