package io.salescrm.pipeline.company.web;

import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.pipeline.api.company.AbsorbCompanyCommand;
import io.salescrm.pipeline.api.company.AssignCompanyCommand;
import io.salescrm.pipeline.api.company.ChangeCompanyDetailsCommand;
import io.salescrm.pipeline.api.company.CompanyDetails;
import io.salescrm.pipeline.api.company.CreateCompanyCommand;
import io.salescrm.pipeline.api.company.MergeCompanyIntoCommand;
import io.salescrm.pipeline.api.contact.LinkContactToCompanyCommand;
import io.salescrm.pipeline.api.contact.UnlinkContactFromCompanyCommand;
import io.salescrm.pipeline.company.query.CompanyHistory;
import io.salescrm.pipeline.company.query.CompanyView;
import io.salescrm.pipeline.contact.query.ContactView;
import io.salescrm.pipeline.duplicate.DuplicateFinder;
import io.salescrm.pipeline.duplicate.DuplicateKeys;
import io.salescrm.pipeline.duplicate.PartyKind;
import io.salescrm.pipeline.duplicate.TextSearch;
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

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Companies. Access rights (entity COMPANY) apply to every call as for leads and contacts. Creating or changing
 * the name, tax id, phones or emails checks for likely duplicate companies (409 with candidates unless
 * {@code force=true}).
 */
@RestController
@RequestMapping("/companies")
@Validated
public class CompanyController {

    private static final List<PartyKind> DUPLICATE_KINDS = List.of(PartyKind.COMPANY);
    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "updatedAt", "updatedAt", "name", "name");
    /** A merge relinks at most this many contacts of the merged company (a bounded amount of work per request). */
    static final int MAX_RELINKED_CONTACTS = 1000;

    record CreationFingerprint(String caller, CompanyRequest request, boolean force) {
    }

    private final CommandGateway commands;
    private final MongoTemplate mongo;
    private final IdempotentCreation idempotentCreation;
    private final AccessPolicy access;
    private final AccessModel accessModel;
    private final CurrentEmployee currentEmployee;
    private final DuplicateFinder duplicates;
    private final CompanyHistory history;

    public CompanyController(CommandGateway commands, MongoTemplate mongo, IdempotentCreation idempotentCreation,
                             AccessPolicy access, AccessModel accessModel, CurrentEmployee currentEmployee,
                             DuplicateFinder duplicates, CompanyHistory history) {
        this.commands = commands;
        this.mongo = mongo;
        this.idempotentCreation = idempotentCreation;
        this.access = access;
        this.accessModel = accessModel;
        this.currentEmployee = currentEmployee;
        this.duplicates = duplicates;
        this.history = history;
    }

    @PostMapping
    @Operation(summary = "Register a company", description = "The responsible employee defaults to the caller. 409 with "
            + "candidates when a company with the same normalised name, tax id, a phone or an email exists, unless "
            + "force=true. Idempotency-Key honoured.")
    public ResponseEntity<Created> create(
            @RequestHeader(name = IdempotentCreation.HEADER, required = false) String idempotencyKey,
            @RequestParam(defaultValue = "false") boolean force,
            @Valid @RequestBody CompanyRequest request) {
        String caller = currentEmployee.id();
        String responsibleId = request.responsibleId() != null ? request.responsibleId() : caller;
        boolean open = Boolean.TRUE.equals(request.open());
        CompanyDetails details = details(request);
        access.require(EntityType.COMPANY, Action.ADD, responsibleId, open);
        requireActiveEmployee(responsibleId, caller);
        duplicates.refuseDuplicates(CompanyView.keysOf(details), null, DUPLICATE_KINDS, force);
        var outcome = idempotentCreation.create("companies", idempotencyKey, new CreationFingerprint(caller, request, force), id ->
                commands.sendAndWait(new CreateCompanyCommand(id, details, responsibleId, open, null)));
        var location = ServletUriComponentsBuilder.fromCurrentRequest().replaceQuery(null).path("/{id}")
                .buildAndExpand(outcome.id()).toUri();
        return ResponseEntity.created(location)
                .header("Idempotent-Replayed", Boolean.toString(outcome.replayed()))
                .body(new Created(outcome.id()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One company now, or with asOf=<ISO instant> as it was then (from the event store); 404 when "
            + "it did not exist yet or is outside the caller's rights. A merged company shows mergedIntoId.")
    public CompanyView get(@PathVariable String id,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf) {
        AccessScope scope = access.requireScope(EntityType.COMPANY, Action.READ);
        if (asOf != null) {
            return history.asOf(id, asOf)
                    .filter(company -> scope.covers(company.getResponsibleId(), company.isOpen()))
                    .orElseThrow(() -> notFound(id));
        }
        return visible(id, scope);
    }

    @GetMapping
    @Operation(summary = "The companies the caller may read, filtered and sorted, one page at a time (at most 100)",
            description = "Filters: responsibleId, industry, createdFrom/createdTo, q (name, legal name, tax id, phones, "
                    + "emails). sort: createdAt (default), updatedAt, name; direction asc/desc. Merged companies are not listed.")
    public PartyPage<CompanyView> list(
            @RequestParam(required = false) @Size(max = 64) String responsibleId,
            @RequestParam(required = false) @Size(max = 300) String industry,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant createdFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant createdTo,
            @RequestParam(required = false) @Size(min = 1, max = 100) String q,
            @RequestParam(defaultValue = "createdAt") @Pattern(regexp = "createdAt|updatedAt|name") String sort,
            @RequestParam(defaultValue = "desc") @Pattern(regexp = "asc|desc") String direction,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        AccessScope scope = access.requireScope(EntityType.COMPANY, Action.READ);
        List<Criteria> filters = new ArrayList<>(List.of(readable(scope), where("mergedIntoId").is(null)));
        if (responsibleId != null) {
            filters.add(where("responsibleId").is(responsibleId));
        }
        if (industry != null) {
            filters.add(where("industry").is(industry));
        }
        if (createdFrom != null) {
            filters.add(where("createdAt").gte(createdFrom));
        }
        if (createdTo != null) {
            filters.add(where("createdAt").lt(createdTo));
        }
        if (q != null && !q.isBlank()) {
            filters.add(TextSearch.matching(q));
        }
        Criteria criteria = new Criteria().andOperator(filters);
        long total = mongo.count(new Query(criteria), CompanyView.class);
        Sort order = Sort.by(Sort.Direction.fromString(direction), SORTABLE.get(sort)).and(Sort.by("_id"));
        return new PartyPage<>(mongo.find(new Query(criteria).with(PageRequest.of(page, size, order)), CompanyView.class),
                page, size, total);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a company's details and open flag (WRITE); a changed name, tax id, phones or emails "
            + "are checked for duplicates (409 unless force=true); 422 for a merged company. Answers the company as changed.")
    public CompanyView change(@PathVariable String id, @RequestParam(defaultValue = "false") boolean force,
                              @Valid @RequestBody CompanyRequest request) {
        CompanyView company = writable(id);
        CompanyDetails details = details(request);
        DuplicateKeys keys = CompanyView.keysOf(details);
        if (!keys.equals(CompanyView.keysOf(company.getDetails()))) {
            duplicates.refuseDuplicates(keys, id, DUPLICATE_KINDS, force);
        }
        commands.sendAndWait(new ChangeCompanyDetailsCommand(id, details, Boolean.TRUE.equals(request.open())));
        return current(id);
    }

    @PostMapping("/{id}/assign")
    @Operation(summary = "Make another employee responsible (WRITE covering the current and the new responsible)")
    public ResponseEntity<Void> assign(@PathVariable String id, @Valid @RequestBody AssignRequest request) {
        assignOne(id, request.responsibleId());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/assign")
    @Operation(summary = "Reassign up to 100 companies, one command per company, reporting each one's outcome")
    public BulkAssignment.Report assignMany(@Valid @RequestBody BulkAssignRequest request) {
        requireActiveEmployee(request.responsibleId(), currentEmployee.id());
        return BulkAssignment.run(request, id -> assignOne(id, request.responsibleId()));
    }

    @PostMapping("/{id}/contacts/{contactId}")
    @Operation(summary = "Link a contact to the company (readable company, WRITE on the contact)")
    public ResponseEntity<Void> linkContact(@PathVariable String id, @PathVariable String contactId) {
        CompanyView company = visible(id, access.scope(EntityType.COMPANY, Action.READ));
        if (company.getMergedIntoId() != null) {
            throw new RuleViolationException("merged", "Company " + id + " was merged into " + company.getMergedIntoId() + ".");
        }
        writableContact(contactId);
        commands.sendAndWait(new LinkContactToCompanyCommand(contactId, id));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}/contacts/{contactId}")
    @Operation(summary = "Remove a contact's link to the company (WRITE on the contact)")
    public ResponseEntity<Void> unlinkContact(@PathVariable String id, @PathVariable String contactId) {
        writableContact(contactId);
        commands.sendAndWait(new UnlinkContactFromCompanyCommand(contactId, id));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/merge")
    @Operation(summary = "Merge another company into this one: the merged company becomes read-only and points here "
            + "(CompanyMergedIntoEvent), this one takes every detail it lacks (CompanyAbsorbedEvent) and the merged "
            + "company's contacts are relinked here. WRITE on both. Deals, activities and invoices move by reacting to "
            + "CompanyMergedIntoEvent.")
    public CompanyView merge(@PathVariable String id, @Valid @RequestBody MergeRequest request) {
        if (request.mergedId().equals(id)) {
            throw new InvalidFieldException("mergedId", "must be another company");
        }
        CompanyView survivor = writable(id);
        writable(request.mergedId());
        if (survivor.getMergedIntoId() != null) {
            throw new RuleViolationException("merged", "Company " + id + " was itself merged into " + survivor.getMergedIntoId() + ".");
        }
        CompanyView merged = current(request.mergedId());
        commands.sendAndWait(new MergeCompanyIntoCommand(request.mergedId(), id));
        commands.sendAndWait(new AbsorbCompanyCommand(id, request.mergedId(), merged.getDetails()));
        Query linked = new Query(new Criteria().andOperator(where("companyIds").is(request.mergedId()),
                where("mergedIntoId").is(null))).limit(MAX_RELINKED_CONTACTS);
        linked.fields().include("_id");
        for (ContactView contact : mongo.find(linked, ContactView.class)) {
            commands.sendAndWait(new LinkContactToCompanyCommand(contact.getId(), id));
            commands.sendAndWait(new UnlinkContactFromCompanyCommand(contact.getId(), request.mergedId()));
        }
        return current(id);
    }

    /** The company as the event store has it right now (read-your-writes, unlike the read model). */
    private CompanyView current(String id) {
        return history.asOf(id, Instant.now()).orElseThrow(() -> notFound(id));
    }

    private void assignOne(String id, String responsibleId) {
        CompanyView company = visible(id, access.scope(EntityType.COMPANY, Action.READ));
        access.require(EntityType.COMPANY, Action.WRITE, company.getResponsibleId(), company.isOpen());
        access.require(EntityType.COMPANY, Action.WRITE, responsibleId, company.isOpen());
        requireActiveEmployee(responsibleId, currentEmployee.id());
        commands.sendAndWait(new AssignCompanyCommand(id, responsibleId));
    }

    private void writableContact(String contactId) {
        AccessScope scope = access.scope(EntityType.CONTACT, Action.READ);
        ContactView contact = mongo.findOne(new Query(new Criteria().andOperator(where("_id").is(contactId),
                scope.toCriteria("responsibleId", "open"))), ContactView.class);
        if (contact == null) {
            throw new ResponseStatusException(NOT_FOUND, "No contact with id " + contactId + ".");
        }
        access.require(EntityType.CONTACT, Action.WRITE, contact.getResponsibleId(), contact.isOpen());
    }

    private CompanyDetails details(CompanyRequest request) {
        return new CompanyDetails(request.name(), request.legalName(), blankToNull(request.taxId()), blankToNull(request.kpp()),
                blankToNull(request.ogrn()), request.industry(), request.size(), request.website(), orEmpty(request.phones()),
                orEmpty(request.emails()), request.addresses(), request.bank(), request.comments(),
                request.customFields() == null ? Map.of() : request.customFields());
    }

    private CompanyView visible(String id, AccessScope scope) {
        CompanyView company = mongo.findOne(new Query(new Criteria().andOperator(where("_id").is(id), readable(scope))),
                CompanyView.class);
        if (company == null) {
            throw notFound(id);
        }
        return company;
    }

    private CompanyView writable(String id) {
        CompanyView company = visible(id, access.scope(EntityType.COMPANY, Action.READ));
        access.require(EntityType.COMPANY, Action.WRITE, company.getResponsibleId(), company.isOpen());
        return company;
    }

    private void requireActiveEmployee(String responsibleId, String caller) {
        if (!responsibleId.equals(caller) && !accessModel.isActiveEmployee(responsibleId)) {
            throw new InvalidFieldException("responsibleId", "is not an active employee");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static Criteria readable(AccessScope scope) {
        return scope.toCriteria("responsibleId", "open");
    }

    private static ResponseStatusException notFound(String id) {
        return new ResponseStatusException(NOT_FOUND, "No company with id " + id + ".");
    }
}
