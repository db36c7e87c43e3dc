package io.salescrm.pipeline.deal.web;

import io.salescrm.pipeline.api.deal.CreateDealCommand;
import io.salescrm.pipeline.api.deal.ProductRowLine;
import io.salescrm.pipeline.api.deal.TargetStage;
import io.salescrm.pipeline.api.lead.LeadSource;
import io.salescrm.pipeline.api.pipeline.DefaultPipeline;
import io.salescrm.platform.currency.ExchangeRates;
import io.salescrm.pipeline.deal.query.DealFilter;
import io.salescrm.pipeline.deal.query.DealHistory;
import io.salescrm.pipeline.deal.query.DealReadAccess;
import io.salescrm.pipeline.deal.query.DealView;
import io.salescrm.pipeline.funnel.query.PipelineDefinitions;
import io.salescrm.platform.access.CurrentEmployee;
import io.salescrm.platform.web.IdempotentCreation;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.server.ResponseStatusException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Creating, reading and listing deals. Access rights apply to every call: creating needs ADD on deals covering
 * the responsible employee in the deal's pipeline and stage; reading is filtered in the database by the caller's
 * READ scope (narrowed per pipeline and stage where his roles say so), so a deal outside it is simply not found.
 */
@RestController
@RequestMapping("/deals")
public class DealController {

    public record DealCreated(String id) {
    }

    public record DealPage(List<DealView> items, int page, int size, long totalItems) {
    }

    /** Sortable fields of the deal list. */
    public enum DealSort {
        createdAt, amount, title, expectedCloseDate
    }

    /** What an Idempotency-Key is bound to: the caller and his request. */
    record CreationFingerprint(String caller, CreateDealRequest request) {
    }

    private final CommandGateway commandGateway;
    private final ExchangeRates exchangeRates;
    private final MongoTemplate mongo;
    private final IdempotentCreation idempotentCreation;
    private final CurrentEmployee currentEmployee;
    private final PipelineDefinitions pipelines;
    private final DealWriteAccess writeAccess;
    private final DealReadAccess readAccess;
    private final DealHistory history;

    public DealController(CommandGateway commandGateway, ExchangeRates exchangeRates, MongoTemplate mongo,
                          IdempotentCreation idempotentCreation, CurrentEmployee currentEmployee,
                          PipelineDefinitions pipelines, DealWriteAccess writeAccess, DealReadAccess readAccess,
                          DealHistory history) {
        this.commandGateway = commandGateway;
        this.exchangeRates = exchangeRates;
        this.mongo = mongo;
        this.idempotentCreation = idempotentCreation;
        this.currentEmployee = currentEmployee;
        this.pipelines = pipelines;
        this.writeAccess = writeAccess;
        this.readAccess = readAccess;
        this.history = history;
    }

    @PostMapping
    @Operation(summary = "Open a deal", description = "In the given pipeline (default: the default pipeline) and stage "
            + "(default: its first IN_PROGRESS stage; the stage's required fields must be filled: 422 otherwise). The "
            + "responsible employee defaults to the caller; the caller's roles must allow ADD on deals for him there "
            + "(403 otherwise). With product rows the amount is their sum. Send an Idempotency-Key header to make "
            + "retries safe: a repeated key returns the first result and creates nothing.")
    public ResponseEntity<DealCreated> create(
            @RequestHeader(name = IdempotentCreation.HEADER, required = false) String idempotencyKey,
            @Valid @RequestBody CreateDealRequest request) {
        String caller = currentEmployee.id();
        String responsibleId = request.responsibleId() != null ? request.responsibleId() : caller;
        boolean open = Boolean.TRUE.equals(request.open());
        var rate = exchangeRates.rateToBase(request.currency(), "currency");
        TargetStage stage = pipelines.stage(request.pipelineId() != null ? request.pipelineId() : DefaultPipeline.ID,
                request.stageId(), "pipelineId", "stageId");
        writeAccess.requireAdd(stage.pipelineId(), stage.stageId(), responsibleId, open);
        List<ProductRowLine> rows = request.productRows() == null ? List.of()
                : request.productRows().stream().map(ProductRowRequest::toLine).toList();
        var outcome = idempotentCreation.create("deals", idempotencyKey, new CreationFingerprint(caller, request), id ->
                commandGateway.sendAndWait(new CreateDealCommand(id, request.title(), request.amount(),
                        request.currency(), exchangeRates.base(), rate, responsibleId, open, stage, rows,
                        request.companyId(), request.contactIds(), request.originLeadId(), request.startDate(),
                        request.expectedCloseDate(), request.probability(), request.source(), request.comments(),
                        request.customFields())));
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(outcome.id()).toUri();
        return ResponseEntity.created(location)
                .header("Idempotent-Replayed", Boolean.toString(outcome.replayed()))
                .body(new DealCreated(outcome.id()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One deal (404 also when outside the caller's rights)", description = "Without asOf: as the "
            + "read model currently shows it. With asOf (an ISO instant): rebuilt from the event store as it was then "
            + "(404 when it did not exist yet); rights apply to the deal as it is now.")
    public DealView get(@PathVariable @Size(max = 64) String id,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf) {
        Criteria readable = readAccess.readable(currentEmployee.id());
        DealView deal = mongo.findOne(new Query(new Criteria().andOperator(where("_id").is(id), readable)), DealView.class);
        if (deal != null && asOf != null) {
            deal = history.asOf(id, asOf).orElse(null);
        }
        if (deal == null) {
            throw new ResponseStatusException(NOT_FOUND, "No deal with id " + id + (asOf == null ? "." : " at " + asOf + "."));
        }
        return deal;
    }

    @GetMapping
    @Operation(summary = "The deals the caller may read, filtered and sorted, one page at a time (at most 100 per page)",
            description = "status: OPEN (in progress), CLOSED, WON or LOST; amountMin/amountMax compare the amount in the "
                    + "base currency; createdFrom (inclusive) / createdTo (exclusive) are ISO instants; q searches titles.")
    public DealPage list(@RequestParam(required = false) @Size(max = 64) String pipelineId,
                         @RequestParam(required = false) @Size(max = 64) String stageId,
                         @RequestParam(required = false) @Size(max = 64) String responsibleId,
                         @RequestParam(required = false) LeadSource source,
                         @RequestParam(required = false) DealFilter.DealStatus status,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant createdFrom,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant createdTo,
                         @RequestParam(required = false) @DecimalMin("0") BigDecimal amountMin,
                         @RequestParam(required = false) @DecimalMin("0") BigDecimal amountMax,
                         @RequestParam(required = false) @Size(max = 100) String q,
                         @RequestParam(defaultValue = "createdAt") DealSort sort,
                         @RequestParam(defaultValue = "desc") @Pattern(regexp = "(?i)asc|desc") String direction,
                         @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                         @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Criteria criteria = new DealFilter(pipelineId, stageId, responsibleId, source, status, createdFrom, createdTo,
                amountMin, amountMax, q).toCriteria(readAccess.readable(currentEmployee.id()));
        long total = mongo.count(new Query(criteria), DealView.class);
        String sortField = sort == DealSort.amount ? DealView.AMOUNT_IN_BASE : sort.name();
        Query pageQuery = new Query(criteria)
                .with(PageRequest.of(page, size, Sort.by(Sort.Direction.fromString(direction), sortField).and(Sort.by(Sort.Direction.ASC, "_id"))));
        return new DealPage(mongo.find(pageQuery, DealView.class), page, size, total);
    }
}
