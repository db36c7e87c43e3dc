package io.salescrm.pipeline.deal.web;

import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.pipeline.api.deal.CreateDealCommand;
import io.salescrm.pipeline.currency.ExchangeRates;
import io.salescrm.pipeline.deal.query.DealView;
import io.salescrm.platform.access.AccessPolicy;
import io.salescrm.platform.access.AccessScope;
import io.salescrm.platform.access.CurrentEmployee;
import io.salescrm.platform.access.model.AccessModel;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.web.IdempotentCreation;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
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

import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Deals. Access rights apply to every call: creating needs ADD on deals covering the responsible employee;
 * reading is filtered in the database by the caller's READ scope, so a deal outside it is simply not found.
 */
@RestController
@RequestMapping("/deals")
public class DealController {

    public record DealCreated(String id) {
    }

    public record DealPage(List<DealView> items, int page, int size, long totalItems) {
    }

    /** What an Idempotency-Key is bound to: the caller and his request. */
    record CreationFingerprint(String caller, CreateDealRequest request) {
    }

    private final CommandGateway commandGateway;
    private final ExchangeRates exchangeRates;
    private final MongoTemplate mongo;
    private final IdempotentCreation idempotentCreation;
    private final AccessPolicy access;
    private final AccessModel accessModel;
    private final CurrentEmployee currentEmployee;

    public DealController(CommandGateway commandGateway, ExchangeRates exchangeRates, MongoTemplate mongo,
                          IdempotentCreation idempotentCreation, AccessPolicy access, AccessModel accessModel,
                          CurrentEmployee currentEmployee) {
        this.commandGateway = commandGateway;
        this.exchangeRates = exchangeRates;
        this.mongo = mongo;
        this.idempotentCreation = idempotentCreation;
        this.access = access;
        this.accessModel = accessModel;
        this.currentEmployee = currentEmployee;
    }

    @PostMapping
    @Operation(summary = "Open a deal", description = "The responsible employee defaults to the caller; the caller's "
            + "roles must allow ADD on deals for him (403 otherwise). Send an Idempotency-Key header to make retries "
            + "safe: a repeated key returns the first result and creates nothing.")
    public ResponseEntity<DealCreated> create(
            @RequestHeader(name = IdempotentCreation.HEADER, required = false) String idempotencyKey,
            @Valid @RequestBody CreateDealRequest request) {
        String caller = currentEmployee.id();
        String responsibleId = request.responsibleId() != null ? request.responsibleId() : caller;
        boolean open = Boolean.TRUE.equals(request.open());
        var rate = exchangeRates.rateToBase(request.currency(), "currency");
        access.require(EntityType.DEAL, Action.ADD, responsibleId, open);
        if (!responsibleId.equals(caller) && !accessModel.isActiveEmployee(responsibleId)) {
            throw new InvalidFieldException("responsibleId", "is not an active employee");
        }
        var outcome = idempotentCreation.create("deals", idempotencyKey, new CreationFingerprint(caller, request), id ->
                commandGateway.sendAndWait(new CreateDealCommand(id, request.title(), request.amount(),
                        request.currency(), exchangeRates.base(), rate, responsibleId, open)));
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(outcome.id()).toUri();
        return ResponseEntity.created(location)
                .header("Idempotent-Replayed", Boolean.toString(outcome.replayed()))
                .body(new DealCreated(outcome.id()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One deal as the read model currently shows it (404 also when outside the caller's rights)")
    public DealView get(@PathVariable String id) {
        AccessScope scope = access.requireScope(EntityType.DEAL, Action.READ);
        Query visible = new Query(new Criteria().andOperator(where("_id").is(id), readable(scope)));
        DealView deal = mongo.findOne(visible, DealView.class);
        if (deal == null) {
            throw new ResponseStatusException(NOT_FOUND, "No deal with id " + id + ".");
        }
        return deal;
    }

    @GetMapping
    @Operation(summary = "The deals the caller may read, newest first, one page at a time (at most 100 per page)")
    public DealPage list(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                         @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        AccessScope scope = access.requireScope(EntityType.DEAL, Action.READ);
        long total = mongo.count(new Query(readable(scope)), DealView.class);
        Query pageQuery = new Query(readable(scope)).with(PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt")));
        return new DealPage(mongo.find(pageQuery, DealView.class), page, size, total);
    }

    private static Criteria readable(AccessScope scope) {
        return scope.toCriteria(DealView.RESPONSIBLE, DealView.OPEN);
    }
}
