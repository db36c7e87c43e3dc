package io.salescrm.pipeline.contact.web;

import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.pipeline.api.contact.AbsorbContactCommand;
import io.salescrm.pipeline.api.contact.AssignContactCommand;
import io.salescrm.pipeline.api.contact.ChangeContactDetailsCommand;
import io.salescrm.pipeline.api.contact.ContactDetails;
import io.salescrm.pipeline.api.contact.CreateContactCommand;
import io.salescrm.pipeline.api.contact.LinkContactToCompanyCommand;
import io.salescrm.pipeline.api.contact.MergeContactIntoCommand;
import io.salescrm.pipeline.api.contact.UnlinkContactFromCompanyCommand;
import io.salescrm.pipeline.api.lead.LeadSource;
import io.salescrm.pipeline.company.query.CompanyView;
import io.salescrm.pipeline.contact.query.ContactHistory;
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
 * Contacts. Access rights (entity CONTACT) apply to every call as for leads: reads filtered by the READ scope in
 * the database, changes need WRITE covering the responsible, creating needs ADD. Creating or changing phones and
 * emails checks for likely duplicate contacts (409 with candidates unless {@code force=true}).
 */
@RestController
@RequestMapping("/contacts")
@Validated
public class ContactController {

    private static final List<PartyKind> DUPLICATE_KINDS = List.of(PartyKind.CONTACT);
    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "updatedAt", "updatedAt",
            "lastName", "lastName");

    record CreationFingerprint(String caller, ContactRequest request, boolean force) {
    }

    private final CommandGateway commands;
    private final MongoTemplate mongo;
    private final IdempotentCreation idempotentCreation;
    private final AccessPolicy access;
    private final AccessModel accessModel;
    private final CurrentEmployee currentEmployee;
    private final DuplicateFinder duplicates;
    private final ContactHistory history;

    public ContactController(CommandGateway commands, MongoTemplate mongo, IdempotentCreation idempotentCreation,
                             AccessPolicy access, AccessModel accessModel, CurrentEmployee currentEmployee,
                             DuplicateFinder duplicates, ContactHistory history) {
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
    @Operation(summary = "Register a contact", description = "The responsible employee defaults to the caller. 409 with "
            + "candidates when a contact with one of its phones or emails exists, unless force=true. Idempotency-Key honoured.")
    public ResponseEntity<Created> create(
            @RequestHeader(name = IdempotentCreation.HEADER, required = false) String idempotencyKey,
            @RequestParam(defaultValue = "false") boolean force,
            @Valid @RequestBody ContactRequest request) {
        String caller = currentEmployee.id();
        String responsibleId = request.responsibleId() != null ? request.responsibleId() : caller;
        boolean open = Boolean.TRUE.equals(request.open());
        ContactDetails details = details(request);
        access.require(EntityType.CONTACT, Action.ADD, responsibleId, open);
        requireActiveEmployee(responsibleId, caller);
        List<String> companyIds = request.companyIds() == null ? List.of() : request.companyIds();
        companyIds.forEach(this::requireLinkableCompany);
        duplicates.refuseDuplicates(ContactView.keysOf(details), null, DUPLICATE_KINDS, force);
        var outcome = idempotentCreation.create("contacts", idempotencyKey, new CreationFingerprint(caller, request, force), id ->
                commands.sendAndWait(new CreateContactCommand(id, details, responsibleId, open, null, companyIds)));
        var location = ServletUriComponentsBuilder.fromCurrentRequest().replaceQuery(null).path("/{id}")
                .buildAndExpand(outcome.id()).toUri();
        return ResponseEntity.created(location)
                .header("Idempotent-Replayed", Boolean.toString(outcome.replayed()))
                .body(new Created(outcome.id()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One contact now, or with asOf=<ISO instant> as it was then (from the event store); 404 when it "
            + "did not exist yet or is outside the caller's rights. A merged contact shows mergedIntoId.")
    public ContactView get(@PathVariable String id,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf) {
        AccessScope scope = access.requireScope(EntityType.CONTACT, Action.READ);
        if (asOf != null) {
            return history.asOf(id, asOf)
                    .filter(contact -> scope.covers(contact.getResponsibleId(), contact.isOpen()))
                    .orElseThrow(() -> notFound(id));
        }
        return visible(id, scope);
    }

    @GetMapping
    @Operation(summary = "The contacts the caller may read, filtered and sorted, one page at a time (at most 100)",
            description = "Filters: responsibleId, source, companyId, createdFrom/createdTo, q (names, position, phones, "
                    + "emails). sort: createdAt (default), updatedAt, lastName; direction asc/desc. Merged contacts are not listed.")
    public PartyPage<ContactView> list(
            @RequestParam(required = false) @Size(max = 64) String responsibleId,
            @RequestParam(required = false) LeadSource source,
            @RequestParam(required = false) @Size(max = 64) String companyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant createdFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant createdTo,
            @RequestParam(required = false) @Size(min = 1, max = 100) String q,
            @RequestParam(defaultValue = "createdAt") @Pattern(regexp = "createdAt|updatedAt|lastName") String sort,
            @RequestParam(defaultValue = "desc") @Pattern(regexp = "asc|desc") String direction,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        AccessScope scope = access.requireScope(EntityType.CONTACT, Action.READ);
        List<Criteria> filters = new ArrayList<>(List.of(readable(scope), where("mergedIntoId").is(null)));
        if (responsibleId != null) {
            filters.add(where("responsibleId").is(responsibleId));
        }
        if (source != null) {
            filters.add(where("source").is(source));
        }
        if (companyId != null) {
            filters.add(where("companyIds").is(companyId));
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
        long total = mongo.count(new Query(criteria), ContactView.class);
        Sort order = Sort.by(Sort.Direction.fromString(direction), SORTABLE.get(sort)).and(Sort.by("_id"));
        return new PartyPage<>(mongo.find(new Query(criteria).with(PageRequest.of(page, size, order)), ContactView.class),
                page, size, total);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a contact's details and open flag (WRITE); changed phones or emails are checked for "
            + "duplicates (409 unless force=true); 422 for a merged contact. Answers the contact as changed.")
    public ContactView change(@PathVariable String id, @RequestParam(defaultValue = "false") boolean force,
                              @Valid @RequestBody ContactRequest request) {
        ContactView contact = writable(id);
        ContactDetails details = details(request);
        DuplicateKeys keys = ContactView.keysOf(details);
        if (!keys.equals(ContactView.keysOf(contact.getDetails()))) {
            duplicates.refuseDuplicates(keys, id, DUPLICATE_KINDS, force);
        }
        commands.sendAndWait(new ChangeContactDetailsCommand(id, details, Boolean.TRUE.equals(request.open())));
        return current(id);
    }

    @PostMapping("/{id}/assign")
    @Operation(summary = "Make another employee responsible (WRITE covering the current and the new responsible)")
    public ResponseEntity<Void> assign(@PathVariable String id, @Valid @RequestBody AssignRequest request) {
        assignOne(id, request.responsibleId());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/assign")
    @Operation(summary = "Reassign up to 100 contacts, one command per contact, reporting each one's outcome")
    public BulkAssignment.Report assignMany(@Valid @RequestBody BulkAssignRequest request) {
        requireActiveEmployee(request.responsibleId(), currentEmployee.id());
        return BulkAssignment.run(request, id -> assignOne(id, request.responsibleId()));
    }

    @PostMapping("/{id}/companies/{companyId}")
    @Operation(summary = "Link the contact to a company (WRITE on the contact, the company must be readable)")
    public ResponseEntity<Void> link(@PathVariable String id, @PathVariable String companyId) {
        writable(id);
        requireLinkableCompany(companyId);
        commands.sendAndWait(new LinkContactToCompanyCommand(id, companyId));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}/companies/{companyId}")
    @Operation(summary = "Remove the contact's link to a company (WRITE on the contact)")
    public ResponseEntity<Void> unlink(@PathVariable String id, @PathVariable String companyId) {
        writable(id);
        commands.sendAndWait(new UnlinkContactFromCompanyCommand(id, companyId));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/merge")
    @Operation(summary = "Merge another contact into this one: the merged contact becomes read-only and points here "
            + "(ContactMergedIntoEvent); this one takes every detail it lacks and the merged one's company links "
            + "(ContactAbsorbedEvent). WRITE on both. Deals and activities move by reacting to ContactMergedIntoEvent.")
    public ContactView merge(@PathVariable String id, @Valid @RequestBody MergeRequest request) {
        if (request.mergedId().equals(id)) {
            throw new InvalidFieldException("mergedId", "must be another contact");
        }
        ContactView survivor = writable(id);
        writable(request.mergedId());
        if (survivor.getMergedIntoId() != null) {
            throw new RuleViolationException("merged", "Contact " + id + " was itself merged into " + survivor.getMergedIntoId() + ".");
        }
        ContactView merged = current(request.mergedId());
        commands.sendAndWait(new MergeContactIntoCommand(request.mergedId(), id));
        commands.sendAndWait(new AbsorbContactCommand(id, request.mergedId(), merged.getDetails(), merged.getCompanyIds()));
        return current(id);
    }

    /** The contact as the event store has it right now (read-your-writes, unlike the read model). */
    private ContactView current(String id) {
        return history.asOf(id, Instant.now()).orElseThrow(() -> notFound(id));
    }

    private void assignOne(String id, String responsibleId) {
        ContactView contact = visible(id, access.scope(EntityType.CONTACT, Action.READ));
        access.require(EntityType.CONTACT, Action.WRITE, contact.getResponsibleId(), contact.isOpen());
        access.require(EntityType.CONTACT, Action.WRITE, responsibleId, contact.isOpen());
        requireActiveEmployee(responsibleId, currentEmployee.id());
        commands.sendAndWait(new AssignContactCommand(id, responsibleId));
    }

    private void requireLinkableCompany(String companyId) {
        AccessScope scope = access.scope(EntityType.COMPANY, Action.READ);
        boolean readable = mongo.exists(new Query(new Criteria().andOperator(where("_id").is(companyId),
                where("mergedIntoId").is(null), scope.toCriteria("responsibleId", "open"))), CompanyView.class);
        if (!readable) {
            throw new InvalidFieldException("companyId", "is not a company you may read");
        }
    }

    private ContactDetails details(ContactRequest request) {
        return new ContactDetails(request.name(), request.position(), orEmpty(request.phones()), orEmpty(request.emails()),
                orEmpty(request.messengers()), request.birthday(), request.address(), request.source(), request.comments(),
                request.customFields() == null ? Map.of() : request.customFields());
    }

    private ContactView visible(String id, AccessScope scope) {
        ContactView contact = mongo.findOne(new Query(new Criteria().andOperator(where("_id").is(id), readable(scope))),
                ContactView.class);
        if (contact == null) {
            throw notFound(id);
        }
        return contact;
    }

    private ContactView writable(String id) {
        ContactView contact = visible(id, access.scope(EntityType.CONTACT, Action.READ));
        access.require(EntityType.CONTACT, Action.WRITE, contact.getResponsibleId(), contact.isOpen());
        return contact;
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
        return new ResponseStatusException(NOT_FOUND, "No contact with id " + id + ".");
    }
}
