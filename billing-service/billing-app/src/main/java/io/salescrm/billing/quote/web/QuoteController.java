package io.salescrm.billing.quote.web;

import io.salescrm.billing.api.quote.AcceptQuoteCommand;
import io.salescrm.billing.api.quote.CreateQuoteCommand;
import io.salescrm.billing.api.quote.DeclineQuoteCommand;
import io.salescrm.billing.api.quote.QuoteDelivery;
import io.salescrm.billing.api.quote.QuoteStatus;
import io.salescrm.billing.api.quote.ReviseQuoteCommand;
import io.salescrm.billing.api.quote.SendQuoteCommand;
import io.salescrm.billing.document.DocumentRenderer;
import io.salescrm.billing.document.DocumentStore;
import io.salescrm.billing.document.StoredDocument;
import io.salescrm.billing.mail.MailDelivery;
import io.salescrm.billing.quote.delivery.QuoteDocuments;
import io.salescrm.billing.quote.drafting.QuoteDrafting;
import io.salescrm.billing.quote.query.QuoteVersionView;
import io.salescrm.billing.quote.query.QuoteView;
import io.salescrm.billing.reference.party.ContactReference;
import io.salescrm.billing.reference.party.PartyReferences;
import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.platform.access.AccessPolicy;
import io.salescrm.platform.access.CurrentEmployee;
import io.salescrm.platform.access.model.AccessModel;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.ConflictException;
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
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Commercial offers (quotes). Rights are those of entity type QUOTE judged on the quote's responsible employee
 * (by default the deal's): ADD to create, READ to see, WRITE to revise, send, accept or decline.
 */
@RestController
@RequestMapping("/quotes")
@Validated
public class QuoteController {

    public record QuoteSaved(String id, int version, QuoteStatus status, List<String> unfilledPlaceholders) {
    }

    public record QuoteSent(String id, int version, String documentId, QuoteDelivery delivery, String recipientEmail) {
    }

    public record QuotePage(List<QuoteView> items, int page, int size, long totalItems) {
    }

    record CreationFingerprint(String caller, CreateQuoteRequest request) {
    }

    private final CommandGateway commands;
    private final MongoTemplate mongo;
    private final IdempotentCreation idempotentCreation;
    private final AccessPolicy access;
    private final AccessModel accessModel;
    private final CurrentEmployee currentEmployee;
    private final QuoteDrafting drafting;
    private final QuoteDocuments quoteDocuments;
    private final DocumentRenderer renderer;
    private final DocumentStore documents;
    private final MailDelivery mail;
    private final PartyReferences parties;
    private final Clock clock = Clock.systemUTC();

    public QuoteController(CommandGateway commands, MongoTemplate mongo, IdempotentCreation idempotentCreation,
                           AccessPolicy access, AccessModel accessModel, CurrentEmployee currentEmployee,
                           QuoteDrafting drafting, QuoteDocuments quoteDocuments, DocumentRenderer renderer,
                           DocumentStore documents, MailDelivery mail, PartyReferences parties) {
        this.commands = commands;
        this.mongo = mongo;
        this.idempotentCreation = idempotentCreation;
        this.access = access;
        this.accessModel = accessModel;
        this.currentEmployee = currentEmployee;
        this.drafting = drafting;
        this.quoteDocuments = quoteDocuments;
        this.renderer = renderer;
        this.documents = documents;
        this.mail = mail;
        this.parties = parties;
    }

    @PostMapping
    @Operation(summary = "Draft a quote from a deal or from scratch",
            description = "Needs QUOTE ADD covering the responsible (default: the deal's, else the caller). Lines are "
                    + "priced at the catalog's current prices of the price type and currency with active promotions. "
                    + "The response lists placeholders left unfilled. Send an Idempotency-Key header to make retries safe.")
    public ResponseEntity<QuoteSaved> create(@RequestHeader(name = IdempotentCreation.HEADER, required = false) String idempotencyKey,
                                             @Valid @RequestBody CreateQuoteRequest request) {
        String caller = currentEmployee.id();
        QuoteDrafting.NewQuote quote = drafting.draft(request, caller);
        access.require(EntityType.QUOTE, Action.ADD, quote.responsibleId(), quote.open());
        if (!quote.responsibleId().equals(caller) && !accessModel.isActiveEmployee(quote.responsibleId())) {
            throw new InvalidFieldException("responsibleId", "is not an active employee");
        }
        var outcome = idempotentCreation.create("quotes", idempotencyKey, new CreationFingerprint(caller, request), id ->
                commands.sendAndWait(new CreateQuoteCommand(id, quote.dealId(), quote.companyId(), quote.contactId(),
                        quote.responsibleId(), quote.open(), quote.content())));
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(outcome.id()).toUri();
        return ResponseEntity.created(location)
                .header("Idempotent-Replayed", Boolean.toString(outcome.replayed()))
                .body(new QuoteSaved(outcome.id(), 1, QuoteStatus.DRAFT, quote.content().unfilledPlaceholders()));
    }

    @GetMapping
    @Operation(summary = "The quotes the caller may read, newest first, one page at a time (at most 100 per page)")
    public QuotePage list(@RequestParam(required = false) @Size(max = 64) String dealId,
                          @RequestParam(required = false) @Size(max = 64) String companyId,
                          @RequestParam(required = false) QuoteStatus status,
                          @RequestParam(required = false) @Size(max = 64) String responsibleId,
                          @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                          @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        List<Criteria> filters = new ArrayList<>();
        filters.add(access.requireScope(EntityType.QUOTE, Action.READ).toCriteria(QuoteView.RESPONSIBLE, QuoteView.OPEN));
        if (dealId != null) {
            filters.add(where("dealId").is(dealId));
        }
        if (companyId != null) {
            filters.add(where("companyId").is(companyId));
        }
        if (status != null) {
            filters.add(where("status").is(status));
        }
        if (responsibleId != null) {
            filters.add(where("responsibleId").is(responsibleId));
        }
        Criteria criteria = new Criteria().andOperator(filters);
        long total = mongo.count(new Query(criteria), QuoteView.class);
        List<QuoteView> items = mongo.find(new Query(criteria).with(PageRequest.of(page, size,
                Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("_id")))), QuoteView.class);
        return new QuotePage(items, page, size, total);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A quote as it stands (its latest version)")
    public QuoteView get(@PathVariable @Size(max = 64) String id) {
        return readable(id);
    }

    @GetMapping("/{id}/versions/{version}")
    @Operation(summary = "One version of a quote as it was saved")
    public QuoteVersionView version(@PathVariable @Size(max = 64) String id, @PathVariable @Min(1) @Max(10_000) int version) {
        readable(id);
        QuoteVersionView view = mongo.findById(QuoteVersionView.idOf(id, version), QuoteVersionView.class);
        if (view == null) {
            throw new ResponseStatusException(NOT_FOUND, "Quote " + id + " has no version " + version + ".");
        }
        return view;
    }

    @PostMapping("/{id}/revisions")
    @Operation(summary = "Save a new version (a draft again) of a draft or sent quote",
            description = "baseVersion must be the latest (409 otherwise). Given lines are priced anew.")
    public QuoteSaved revise(@PathVariable @Size(max = 64) String id, @Valid @RequestBody ReviseQuoteRequest request) {
        QuoteView quote = writable(id);
        var content = drafting.revise(quote, request);
        commands.sendAndWait(new ReviseQuoteCommand(id, request.baseVersion(), content));
        return new QuoteSaved(id, request.baseVersion() + 1, QuoteStatus.DRAFT, content.unfilledPlaceholders());
    }

    @PostMapping("/{id}/send")
    @Operation(summary = "Send the latest version: render and store its PDF, e-mail it (SMTP configured) or put it into the outbox",
            description = "422 while placeholders are unfilled or after the validity date; 409 for a version that is not the latest.")
    public QuoteSent send(@PathVariable @Size(max = 64) String id, @Valid @RequestBody(required = false) QuoteActionRequests.Send request) {
        QuoteView quote = writable(id);
        int version = request == null || request.version() == null ? quote.version() : request.version();
        String recipient = request != null && request.recipientEmail() != null ? request.recipientEmail() : contactEmail(quote);
        if (version != quote.version()) {
            throw new ConflictException("quote-version-stale", "Version " + version + " is not the latest; the latest is " + quote.version() + ".");
        }
        QuoteDelivery delivery = mail.modeFor(recipient);
        Instant now = clock.instant();
        String documentId = UUID.randomUUID().toString();
        documents.save(new StoredDocument(documentId, "QUOTE", id, version, QuoteDocuments.fileName(quote, version),
                renderer.pdf(quoteDocuments.document(quote, version, quote.content())), now));
        try {
            commands.sendAndWait(new SendQuoteCommand(id, version, recipient, delivery, documentId, now));
        } catch (RuntimeException refused) {
            // the aggregate said no (unfilled placeholders, validity, status): the rendered PDF was never sent
            documents.delete(documentId);
            throw refused;
        }
        return new QuoteSent(id, version, documentId, delivery, recipient);
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "Record that the client accepted the latest, sent version; createInvoice asks for an invoice")
    public ResponseEntity<Void> accept(@PathVariable @Size(max = 64) String id, @Valid @RequestBody(required = false) QuoteActionRequests.Accept request) {
        QuoteView quote = writable(id);
        int version = request == null || request.version() == null ? quote.version() : request.version();
        commands.sendAndWait(new AcceptQuoteCommand(id, version, request != null && request.createInvoice(), clock.instant()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/decline")
    @Operation(summary = "Record that the client declined the quote")
    public ResponseEntity<Void> decline(@PathVariable @Size(max = 64) String id, @Valid @RequestBody(required = false) QuoteActionRequests.Decline request) {
        writable(id);
        commands.sendAndWait(new DeclineQuoteCommand(id, request == null ? null : request.reason(), clock.instant()));
        return ResponseEntity.noContent().build();
    }

    @GetMapping(value = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The PDF of the latest version: as sent when it was sent, else rendered now")
    public ResponseEntity<byte[]> pdf(@PathVariable @Size(max = 64) String id) {
        QuoteView quote = readable(id);
        byte[] pdf = quote.sentDocumentId() == null ? null : documents.find(quote.sentDocumentId()).map(StoredDocument::pdf).orElse(null);
        if (pdf == null) {
            pdf = renderer.pdf(quoteDocuments.document(quote, quote.version(), quote.content()));
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + QuoteDocuments.fileName(quote, quote.version()) + "\"")
                .contentType(MediaType.APPLICATION_PDF).body(pdf);
    }

    @GetMapping(value = "/{id}/preview", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "An HTML preview of the latest version")
    public ResponseEntity<String> preview(@PathVariable @Size(max = 64) String id) {
        QuoteView quote = readable(id);
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(renderer.html(quoteDocuments.document(quote, quote.version(), quote.content())));
    }

    private String contactEmail(QuoteView quote) {
        return quote.contactId() == null ? null
                : parties.contact(quote.contactId()).map(ContactReference::primaryEmail).orElse(null);
    }

    private QuoteView find(String id) {
        QuoteView quote = mongo.findById(id, QuoteView.class);
        if (quote == null) {
            throw new ResponseStatusException(NOT_FOUND, "No quote with id " + id + ".");
        }
        return quote;
    }

    private QuoteView readable(String id) {
        QuoteView quote = find(id);
        access.require(EntityType.QUOTE, Action.READ, quote.responsibleId(), quote.open());
        return quote;
    }

    private QuoteView writable(String id) {
        QuoteView quote = find(id);
        access.require(EntityType.QUOTE, Action.WRITE, quote.responsibleId(), quote.open());
        return quote;
    }
}
