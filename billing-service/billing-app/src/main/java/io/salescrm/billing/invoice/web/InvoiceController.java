package io.salescrm.billing.invoice.web;

import io.salescrm.billing.api.invoice.CancelInvoiceCommand;
import io.salescrm.billing.api.invoice.CreateInvoiceCommand;
import io.salescrm.billing.api.invoice.InvoiceCreatedEvent;
import io.salescrm.billing.api.invoice.InvoiceLineInput;
import io.salescrm.billing.api.invoice.InvoiceSource;
import io.salescrm.billing.api.invoice.InvoiceStatus;
import io.salescrm.platform.currency.ExchangeRates;
import io.salescrm.billing.invoice.query.InvoiceView;
import io.salescrm.billing.invoice.requisites.InvoiceRequisites;
import io.salescrm.billing.reference.deal.DealReference;
import io.salescrm.billing.reference.deal.DealReferences;
import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.EntityType;
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
import jakarta.validation.constraints.Size;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Invoices. Creating needs INVOICE ADD for the responsible employee; issuing and cancelling need INVOICE WRITE on
 * the invoice; reading is filtered in the database by the caller's INVOICE READ scope (outside it: 404).
 */
@RestController
@RequestMapping("/invoices")
public class InvoiceController {

    static final int DEFAULT_PAYMENT_TERM_DAYS = 14;

    public record InvoiceCreated(String id) {
    }

    public record InvoicePage(List<InvoiceView> items, int page, int size, long totalItems) {
    }

    record CreationFingerprint(String caller, Object request) {
    }

    private final CommandGateway commandGateway;
    private final ExchangeRates exchangeRates;
    private final MongoTemplate mongo;
    private final IdempotentCreation idempotentCreation;
    private final AccessPolicy access;
    private final AccessModel accessModel;
    private final CurrentEmployee currentEmployee;
    private final InvoiceAccess invoiceAccess;
    private final DealReferences deals;
    private final InvoiceRequisites issueRequisites;

    public InvoiceController(CommandGateway commandGateway, ExchangeRates exchangeRates, MongoTemplate mongo,
                             IdempotentCreation idempotentCreation, AccessPolicy access, AccessModel accessModel,
                             CurrentEmployee currentEmployee, InvoiceAccess invoiceAccess, DealReferences deals,
                             InvoiceRequisites issueRequisites) {
        this.commandGateway = commandGateway;
        this.exchangeRates = exchangeRates;
        this.mongo = mongo;
        this.idempotentCreation = idempotentCreation;
        this.access = access;
        this.accessModel = accessModel;
        this.currentEmployee = currentEmployee;
        this.invoiceAccess = invoiceAccess;
        this.deals = deals;
        this.issueRequisites = issueRequisites;
    }

    @PostMapping
    @Operation(summary = "Draft an invoice typed in by hand", description = "For a company or contact, optionally of a "
            + "deal; lines priced VAT included. The draft has no number until it is issued. Idempotency-Key supported.")
    public ResponseEntity<InvoiceCreated> create(
            @RequestHeader(name = IdempotentCreation.HEADER, required = false) String idempotencyKey,
            @Valid @RequestBody CreateInvoiceRequest request) {
        String caller = currentEmployee.id();
        String responsibleId = request.responsibleId() != null ? request.responsibleId() : caller;
        boolean open = Boolean.TRUE.equals(request.open());
        var rate = exchangeRates.rateToBase(request.currency(), "currency");
        access.require(EntityType.INVOICE, Action.ADD, responsibleId, open);
        if (!responsibleId.equals(caller) && !accessModel.isActiveEmployee(responsibleId)) {
            throw new InvalidFieldException("responsibleId", "is not an active employee");
        }
        List<InvoiceLineInput> lines = request.lines().stream().map(InvoiceLineRequest::toInput).toList();
        return created(idempotentCreation.create("invoices", idempotencyKey, new CreationFingerprint(caller, request), id ->
                commandGateway.sendAndWait(new CreateInvoiceCommand(id, InvoiceSource.MANUAL, null, request.dealId(),
                        request.companyId(), request.contactId(), responsibleId, open, request.currency(),
                        exchangeRates.base(), rate, !Boolean.FALSE.equals(request.vatIncluded()), lines, termOrDefault(request.paymentTermDays()), request.comment()))));
    }

    @PostMapping("/from-deal")
    @Operation(summary = "Draft an invoice from a deal's product rows", description = "The deal's company (else its "
            + "first contact) pays; the deal's responsible employee answers for the invoice. A deal without product "
            + "rows is refused (422). Several invoices per deal are allowed. Idempotency-Key supported.")
    public ResponseEntity<InvoiceCreated> createFromDeal(
            @RequestHeader(name = IdempotentCreation.HEADER, required = false) String idempotencyKey,
            @Valid @RequestBody InvoiceFromDealRequest request) {
        String caller = currentEmployee.id();
        DealReference deal = deals.deal(request.dealId())
                .orElseThrow(() -> new InvalidFieldException("dealId", "is not a deal billing knows (yet)"));
        access.require(EntityType.INVOICE, Action.ADD, deal.responsibleId(), deal.open());
        if (deal.rows() == null || deal.rows().isEmpty()) {
            throw new RuleViolationException("deal-without-product-rows", "The deal has no product rows to invoice.");
        }
        String contactId = deal.companyId() == null && deal.contactIds() != null && !deal.contactIds().isEmpty()
                ? deal.contactIds().get(0) : null;
        var rate = exchangeRates.rateToBase(deal.currency(), "dealId");
        List<InvoiceLineInput> lines = deal.rows().stream().map(InvoiceController::line).toList();
        return created(idempotentCreation.create("invoices", idempotencyKey, new CreationFingerprint(caller, request), id ->
                commandGateway.sendAndWait(new CreateInvoiceCommand(id, InvoiceSource.DEAL, null, deal.id(),
                        deal.companyId(), contactId, deal.responsibleId(), deal.open(), deal.currency(),
                        exchangeRates.base(), rate, true, lines, termOrDefault(request.paymentTermDays()), request.comment()))));
    }

    @PostMapping("/{id}/issue")
    @Operation(summary = "Issue a draft invoice", description = "Gives it the next gap-free number of the year "
            + "(e.g. 2026-000123), the issue date (today, UTC) and the due date, and prints the payer's requisites as "
            + "billing knows them now and the seller's from configuration. Issuing twice: 409.")
    public Map<String, String> issue(@PathVariable String id, @Valid @RequestBody(required = false) IssueInvoiceRequest request) {
        InvoiceCreatedEvent invoice = invoiceAccess.require(id, Action.WRITE);
        commandGateway.sendAndWait(issueRequisites.issue(id, invoice.companyId(), invoice.contactId(),
                request == null ? null : request.dueDate()));
        return Map.of("id", id);
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel an invoice", description = "Only without payments on it (refund them first: 422); "
            + "an issued invoice keeps its number. Cancelling a cancelled invoice changes nothing.")
    public Map<String, String> cancel(@PathVariable String id, @Valid @RequestBody(required = false) CancelInvoiceRequest request) {
        invoiceAccess.require(id, Action.WRITE);
        commandGateway.sendAndWait(new CancelInvoiceCommand(id, request == null ? null : request.reason()));
        return Map.of("id", id);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One invoice as the read model shows it (404 also when outside the caller's rights)")
    public InvoiceView get(@PathVariable String id) {
        AccessScope scope = access.requireScope(EntityType.INVOICE, Action.READ);
        InvoiceView invoice = mongo.findOne(new Query(new Criteria().andOperator(where("_id").is(id), readable(scope))),
                InvoiceView.class);
        if (invoice == null) {
            throw new ResponseStatusException(NOT_FOUND, "No invoice with id " + id + ".");
        }
        return invoice;
    }

    @GetMapping
    @Operation(summary = "The invoices the caller may read, newest first, filtered by status, deal, company, "
            + "responsible or number; at most 100 per page")
    public InvoicePage list(@RequestParam(required = false) InvoiceStatus status,
                            @RequestParam(required = false) @Size(max = 64) String dealId,
                            @RequestParam(required = false) @Size(max = 64) String companyId,
                            @RequestParam(required = false) @Size(max = 64) String responsibleId,
                            @RequestParam(required = false) @Size(max = 32) String number,
                            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        AccessScope scope = access.requireScope(EntityType.INVOICE, Action.READ);
        List<Criteria> filters = new ArrayList<>(List.of(readable(scope)));
        if (status != null) {
            filters.add(where("status").is(status));
        }
        if (dealId != null) {
            filters.add(where("dealId").is(dealId));
        }
        if (companyId != null) {
            filters.add(where("companyId").is(companyId));
        }
        if (responsibleId != null) {
            filters.add(where(InvoiceView.RESPONSIBLE).is(responsibleId));
        }
        if (number != null) {
            filters.add(where("number").is(number));
        }
        Criteria criteria = new Criteria().andOperator(filters);
        long total = mongo.count(new Query(criteria), InvoiceView.class);
        Query pageQuery = new Query(criteria).with(PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt")));
        return new InvoicePage(mongo.find(pageQuery, InvoiceView.class), page, size, total);
    }

    static Criteria readable(AccessScope scope) {
        return scope.toCriteria(InvoiceView.RESPONSIBLE, InvoiceView.OPEN);
    }

    private static InvoiceLineInput line(DealReference.Row row) {
        boolean percent = "PERCENT".equals(row.discountType());
        boolean amount = "AMOUNT".equals(row.discountType());
        return new InvoiceLineInput(row.productId(), row.name(), row.quantity(), null, row.price(),
                percent ? row.discount() : null, amount ? row.discount() : null, row.vatRate());
    }

    private static int termOrDefault(Integer paymentTermDays) {
        return paymentTermDays == null ? DEFAULT_PAYMENT_TERM_DAYS : paymentTermDays;
    }

    private static ResponseEntity<InvoiceCreated> created(IdempotentCreation.Outcome outcome) {
        var location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/invoices/{id}")
                .buildAndExpand(outcome.id()).toUri();
        return ResponseEntity.created(location)
                .header("Idempotent-Replayed", Boolean.toString(outcome.replayed()))
                .body(new InvoiceCreated(outcome.id()));
    }
}
