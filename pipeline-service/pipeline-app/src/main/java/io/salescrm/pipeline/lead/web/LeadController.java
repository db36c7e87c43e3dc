package io.salescrm.pipeline.lead.web;

import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.pipeline.api.lead.AbsorbLeadCommand;
import io.salescrm.pipeline.api.lead.AssignLeadCommand;
import io.salescrm.pipeline.api.lead.ChangeLeadDetailsCommand;
import io.salescrm.pipeline.api.lead.ChangeLeadStatusCommand;
import io.salescrm.pipeline.api.lead.CreateLeadCommand;
import io.salescrm.pipeline.api.lead.ExpectedAmount;
import io.salescrm.pipeline.api.lead.LeadDetails;
import io.salescrm.pipeline.api.lead.LeadSource;
import io.salescrm.pipeline.api.lead.LeadStatus;
import io.salescrm.pipeline.api.lead.MergeLeadIntoCommand;
import io.salescrm.pipeline.api.lead.RemoveLeadCommand;
import io.salescrm.pipeline.api.lead.ReopenLeadCommand;
import io.salescrm.platform.currency.ExchangeRates;
import io.salescrm.pipeline.duplicate.DuplicateFinder;
import io.salescrm.pipeline.duplicate.DuplicateKeys;
import io.salescrm.pipeline.duplicate.PartyKind;
import io.salescrm.pipeline.duplicate.TextSearch;
import io.salescrm.pipeline.lead.query.LeadHistory;
import io.salescrm.pipeline.lead.query.LeadView;
import io.salescrm.pipeline.party.AssignRequest;
import io.salescrm.pipeline.party.BulkAssignRequest;
import io.salescrm.pipeline.party.BulkAssignment;
import io.salescrm.pipeline.party.Created;
import io.salescrm.pipeline.party.MergeRequest;
import io.salescrm.pipeline.party.PartyPage;
import io.salescrm.platform.access.AccessPolicy;
import io.salescrm.platform.access.AccessScope;
import io.salescrm.platform.access.CurrentEmployee;
import io.salescrm.platform.access.model.AccessModel;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import io.salescrm.platform.web.IdempotentCreation;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.bson.types.Decimal128;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Leads. Access rights (entity LEAD) apply to every call: reading is filtered in the database by the caller's READ
 * scope (a lead outside it is not found), changes need WRITE covering the lead's responsible employee, creating
 * needs ADD covering the new responsible. Creating or changing phones/emails/company name checks for likely
 * duplicates among leads, contacts and companies (409 with the candidates unless {@code force=true}).
 */
@RestController
@RequestMapping("/leads")
@Validated
public class LeadController {

    static final List<PartyKind> DUPLICATE_KINDS = List.of(PartyKind.LEAD, PartyKind.CONTACT, PartyKind.COMPANY);
    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "updatedAt", "updatedAt",
            "title", "title", "amount", "amountInBase", "status", "status");

    /** What an Idempotency-Key is bound to: the caller and his request. */
    record CreationFingerprint(String caller, LeadRequest request, boolean force) {
    }

    private final CommandGateway commands;
    private final ExchangeRates exchangeRates;
    private final MongoTemplate mongo;
    private final IdempotentCreation idempotentCreation;
    private final AccessPolicy access;
    private final AccessModel accessModel;
    private final CurrentEmployee currentEmployee;
    private final DuplicateFinder duplicates;
    private final LeadHistory history;

    public LeadController(CommandGateway commands, ExchangeRates exchangeRates, MongoTemplate mongo,
                          IdempotentCreation idempotentCreation, AccessPolicy access, AccessModel accessModel,
                          CurrentEmployee currentEmployee, DuplicateFinder duplicates, LeadHistory history) {
        this.commands = commands;
        this.exchangeRates = exchangeRates;
        this.mongo = mongo;
        this.idempotentCreation = idempotentCreation;
        this.access = access;
        this.accessModel = accessModel;
        this.currentEmployee = currentEmployee;
        this.duplicates = duplicates;
        this.history = history;
    }

    @PostMapping
    @Operation(summary = "Register a lead", description = "The responsible employee defaults to the caller; "
            + "distribute=true leaves it to sales-org's distribution rules. 409 with candidates when it looks like an "
            + "existing lead, contact or company, unless force=true. Send an Idempotency-Key header to make retries safe.")
    public ResponseEntity<Created> create(
            @RequestHeader(name = IdempotentCreation.HEADER, required = false) String idempotencyKey,
            @RequestParam(defaultValue = "false") boolean force,
            @Valid @RequestBody LeadRequest request) {
        String caller = currentEmployee.id();
        boolean distribute = Boolean.TRUE.equals(request.distribute());
        String responsibleId = distribute ? null : request.responsibleId() != null ? request.responsibleId() : caller;
        boolean open = Boolean.TRUE.equals(request.open());
        LeadDetails details = details(request);
        if (distribute) {
            access.requireScope(EntityType.LEAD, Action.ADD);
        } else {
            access.require(EntityType.LEAD, Action.ADD, responsibleId, open);
            requireActiveEmployee(responsibleId, caller);
        }
        duplicates.refuseDuplicates(LeadView.keysOf(details), null, DUPLICATE_KINDS, force);
        var outcome = idempotentCreation.create("leads", idempotencyKey, new CreationFingerprint(caller, request, force), id ->
                commands.sendAndWait(new CreateLeadCommand(id, request.pipelineId(), details, responsibleId, open)));
        var location = ServletUriComponentsBuilder.fromCurrentRequest().replaceQuery(null).path("/{id}")
                .buildAndExpand(outcome.id()).toUri();
        return ResponseEntity.created(location)
                .header("Idempotent-Replayed", Boolean.toString(outcome.replayed()))
                .body(new Created(outcome.id()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One lead: as the read model shows it now, or with asOf=<ISO instant> as it was then "
            + "(rebuilt from the event store; 404 when it did not exist yet). 404 also outside the caller's rights.")
    public LeadView get(@PathVariable String id,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf) {
        AccessScope scope = access.requireScope(EntityType.LEAD, Action.READ);
        if (asOf != null) {
            return history.asOf(id, asOf)
                    .filter(lead -> scope.covers(lead.getResponsibleId(), lead.isOpen()))
                    .orElseThrow(() -> notFound(id));
        }
        LeadView lead = mongo.findOne(new Query(new Criteria().andOperator(where("_id").is(id), where("removed").is(false),
                readable(scope))), LeadView.class);
        if (lead == null) {
            throw notFound(id);
        }
        return lead;
    }

    @GetMapping
    @Operation(summary = "The leads the caller may read, filtered and sorted, one page at a time (at most 100 per page)",
            description = "Filters: responsibleId, source, status, createdFrom/createdTo (ISO instants), amountFrom/amountTo "
                    + "(expected amount in the base currency), q (text in title, names, company name, phones, emails). "
                    + "sort: createdAt (default), updatedAt, title, amount, status; direction: asc or desc (default). "
                    + "Merged leads are not listed.")
    public PartyPage<LeadView> list(
            @RequestParam(required = false) @Size(max = 64) String responsibleId,
            @RequestParam(required = false) LeadSource source,
            @RequestParam(required = false) LeadStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant createdFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant createdTo,
            @RequestParam(required = false) @DecimalMin("0") BigDecimal amountFrom,
            @RequestParam(required = false) @DecimalMin("0") BigDecimal amountTo,
            @RequestParam(required = false) @Size(min = 1, max = 100) String q,
            @RequestParam(defaultValue = "createdAt") @Pattern(regexp = "createdAt|updatedAt|title|amount|status") String sort,
            @RequestParam(defaultValue = "desc") @Pattern(regexp = "asc|desc") String direction,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        AccessScope scope = access.requireScope(EntityType.LEAD, Action.READ);
        List<Criteria> filters = new ArrayList<>(List.of(readable(scope), where("removed").is(false), where("mergedIntoId").is(null)));
        if (responsibleId != null) {
            filters.add(where("responsibleId").is(responsibleId));
        }
        if (source != null) {
            filters.add(where("source").is(source));
        }
        if (status != null) {
            filters.add(where("status").is(status));
        }
        if (createdFrom != null || createdTo != null) {
            Criteria created = where("createdAt");
            if (createdFrom != null) {
                created = created.gte(createdFrom);
            }
            if (createdTo != null) {
                created = created.lt(createdTo);
            }
            filters.add(created);
        }
        if (amountFrom != null || amountTo != null) {
            Criteria amount = where("amountInBase");
            if (amountFrom != null) {
                amount = amount.gte(new Decimal128(amountFrom));
            }
            if (amountTo != null) {
                amount = amount.lte(new Decimal128(amountTo));
            }
            filters.add(amount);
        }
        if (q != null && !q.isBlank()) {
            filters.add(TextSearch.matching(q));
        }
        Criteria criteria = new Criteria().andOperator(filters);
        long total = mongo.count(new Query(criteria), LeadView.class);
        Sort order = Sort.by(Sort.Direction.fromString(direction), SORTABLE.get(sort)).and(Sort.by("_id"));
        List<LeadView> items = mongo.find(new Query(criteria).with(PageRequest.of(page, size, order)), LeadView.class);
        return new PartyPage<>(items, page, size, total);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a lead's details and open flag (WRITE); changed phones, emails or company name are "
            + "checked for duplicates (409 unless force=true). 422 for a converted or merged lead. Answers the lead as changed.")
    public LeadView change(@PathVariable String id, @RequestParam(defaultValue = "false") boolean force,
                           @Valid @RequestBody LeadRequest request) {
        LeadView lead = writable(id);
        LeadDetails details = details(request);
        DuplicateKeys keys = LeadView.keysOf(details);
        if (!keys.equals(LeadView.keysOf(lead.getDetails()))) {
            duplicates.refuseDuplicates(keys, id, DUPLICATE_KINDS, force);
        }
        commands.sendAndWait(new ChangeLeadDetailsCommand(id, details, Boolean.TRUE.equals(request.open())));
        return history.asOf(id, Instant.now()).orElseThrow(() -> notFound(id));
    }

    @PostMapping("/{id}/status")
    @Operation(summary = "Move a lead to NEW, IN_WORK or JUNK (JUNK needs a reason); CONVERTED only by conversion (422)")
    public ResponseEntity<Void> changeStatus(@PathVariable String id, @Valid @RequestBody LeadStatusRequest request) {
        writable(id);
        commands.sendAndWait(new ChangeLeadStatusCommand(id, request.status(), request.reason()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/reopen")
    @Operation(summary = "Bring a junk lead back into work (422 when it is not junk)")
    public ResponseEntity<Void> reopen(@PathVariable String id) {
        writable(id);
        commands.sendAndWait(new ReopenLeadCommand(id));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/assign")
    @Operation(summary = "Make another employee responsible (WRITE covering both the current and the new responsible)")
    public ResponseEntity<Void> assign(@PathVariable String id, @Valid @RequestBody AssignRequest request) {
        assignOne(id, request.responsibleId());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/assign")
    @Operation(summary = "Reassign up to 100 leads, one command per lead; reports each lead's outcome "
            + "(assigned, not-found, forbidden, refused)")
    public BulkAssignment.Report assignMany(@Valid @RequestBody BulkAssignRequest request) {
        requireActiveEmployee(request.responsibleId(), currentEmployee.id());
        return BulkAssignment.run(request, id -> assignOne(id, request.responsibleId()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a lead (DELETE right): it vanishes from lists and answers 404, but stays readable "
            + "with asOf before the removal")
    public ResponseEntity<Void> remove(@PathVariable String id,
                                       @RequestParam @Size(min = 1, max = 500) String reason) {
        LeadView lead = visible(id);
        access.require(EntityType.LEAD, Action.DELETE, lead.getResponsibleId(), lead.isOpen());
        commands.sendAndWait(new RemoveLeadCommand(id, reason));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/merge")
    @Operation(summary = "Merge another lead into this one: the merged lead becomes read-only and points to this "
            + "one (LeadMergedIntoEvent), this one takes every detail it lacks (LeadAbsorbedEvent). WRITE on both.")
    public LeadView merge(@PathVariable String id, @Valid @RequestBody MergeRequest request) {
        if (request.mergedId().equals(id)) {
            throw new InvalidFieldException("mergedId", "must be another lead");
        }
        LeadView survivor = writable(id);
        writable(request.mergedId());
        LeadView merged = history.asOf(request.mergedId(), Instant.now()).orElseThrow(() -> notFound(request.mergedId()));
        if (survivor.getMergedIntoId() != null) {
            throw new RuleViolationException("merged", "Lead " + id + " was itself merged into "
                    + survivor.getMergedIntoId() + ".");
        }
        commands.sendAndWait(new MergeLeadIntoCommand(request.mergedId(), id));
        commands.sendAndWait(new AbsorbLeadCommand(id, request.mergedId(), merged.getDetails()));
        return history.asOf(id, Instant.now()).orElseThrow(() -> notFound(id));
    }

    private void assignOne(String id, String responsibleId) {
        LeadView lead = visible(id);
        access.require(EntityType.LEAD, Action.WRITE, lead.getResponsibleId(), lead.isOpen());
        access.require(EntityType.LEAD, Action.WRITE, responsibleId, lead.isOpen());
        requireActiveEmployee(responsibleId, currentEmployee.id());
        commands.sendAndWait(new AssignLeadCommand(id, responsibleId));
    }

    private LeadDetails details(LeadRequest request) {
        ExpectedAmount amount = null;
        if (request.expectedAmount() != null) {
            String currency = request.currency() != null ? request.currency() : exchangeRates.base();
            amount = ExpectedAmount.of(request.expectedAmount(), currency, exchangeRates.base(),
                    exchangeRates.rateToBase(currency, "currency"));
        }
        return new LeadDetails(request.title(), request.name(), request.companyName(), request.position(),
                orEmpty(request.phones()), orEmpty(request.emails()), request.website(), request.address(),
                request.source(), request.sourceNote(), amount, orEmpty(request.products()), request.comments(),
                request.customFields() == null ? Map.of() : request.customFields());
    }

    /** The lead, if the caller may read it (404 otherwise). */
    private LeadView visible(String id) {
        AccessScope scope = access.scope(EntityType.LEAD, Action.READ);
        LeadView lead = mongo.findOne(new Query(new Criteria().andOperator(where("_id").is(id), where("removed").is(false),
                readable(scope))), LeadView.class);
        if (lead == null) {
            throw notFound(id);
        }
        return lead;
    }

    /** The lead, if the caller may read and change it (404 / 403 otherwise). */
    private LeadView writable(String id) {
        LeadView lead = visible(id);
        access.require(EntityType.LEAD, Action.WRITE, lead.getResponsibleId(), lead.isOpen());
        return lead;
    }

    private void requireActiveEmployee(String responsibleId, String caller) {
        if (!responsibleId.equals(caller) && !accessModel.isActiveEmployee(responsibleId)) {
            throw new InvalidFieldException("responsibleId", "is not an active employee");
        }
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static Criteria readable(AccessScope scope) {
        return scope.toCriteria("responsibleId", "open");
    }

    private static ResponseStatusException notFound(String id) {
        return new ResponseStatusException(NOT_FOUND, "No lead with id " + id + ".");
    }
}
