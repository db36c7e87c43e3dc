package io.salescrm.billing.payment.web;

import io.salescrm.billing.api.payment.RefundPaymentCommand;
import io.salescrm.billing.api.payment.RegisterPaymentCommand;
import io.salescrm.billing.invoice.query.InvoiceView;
import io.salescrm.billing.invoice.web.InvoiceAccess;
import io.salescrm.billing.payment.query.LedgerEntry;
import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.platform.access.AccessPolicy;
import io.salescrm.platform.access.AccessScope;
import io.salescrm.platform.access.CurrentEmployee;
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
import org.springframework.web.server.ResponseStatusException;

import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Payments and refunds of an invoice (INVOICE WRITE on it) and its ledger (INVOICE READ). An overpayment is refused
 * with 422 naming the outstanding balance; send an Idempotency-Key to make a retried payment or refund safe.
 */
@RestController
@RequestMapping("/invoices/{invoiceId}")
public class PaymentController {

    public record PaymentRecorded(String id) {
    }

    public record LedgerPage(List<LedgerEntry> items, int page, int size, long totalItems) {
    }

    record Fingerprint(String caller, String invoiceId, Object request) {
    }

    private final CommandGateway commandGateway;
    private final InvoiceAccess invoiceAccess;
    private final IdempotentCreation idempotentCreation;
    private final CurrentEmployee currentEmployee;
    private final AccessPolicy access;
    private final MongoTemplate mongo;

    public PaymentController(CommandGateway commandGateway, InvoiceAccess invoiceAccess,
                             IdempotentCreation idempotentCreation, CurrentEmployee currentEmployee, AccessPolicy access,
                             MongoTemplate mongo) {
        this.commandGateway = commandGateway;
        this.invoiceAccess = invoiceAccess;
        this.idempotentCreation = idempotentCreation;
        this.currentEmployee = currentEmployee;
        this.access = access;
        this.mongo = mongo;
    }

    @PostMapping("/payments")
    @Operation(summary = "Register a payment of an issued invoice", description = "Partial payments are allowed; one "
            + "that exceeds the outstanding balance is refused (422). The payment that reaches the total pays the invoice.")
    public ResponseEntity<PaymentRecorded> pay(
            @PathVariable String invoiceId,
            @RequestHeader(name = IdempotentCreation.HEADER, required = false) String idempotencyKey,
            @Valid @RequestBody PaymentRequest request) {
        String caller = currentEmployee.id();
        invoiceAccess.require(invoiceId, Action.WRITE);
        var outcome = idempotentCreation.create("payments", idempotencyKey, new Fingerprint(caller, invoiceId, request), id ->
                commandGateway.sendAndWait(new RegisterPaymentCommand(invoiceId, id, request.amount(), request.paidOn(),
                        request.method(), request.reference(), null)));
        return ResponseEntity.status(201).header("Idempotent-Replayed", Boolean.toString(outcome.replayed()))
                .body(new PaymentRecorded(outcome.id()));
    }

    @PostMapping("/refunds")
    @Operation(summary = "Refund (part of) a payment of the invoice", description = "At most what is left of that "
            + "payment (422 beyond). Refunded money makes the invoice owe again; refund everything to cancel it.")
    public ResponseEntity<PaymentRecorded> refund(
            @PathVariable String invoiceId,
            @RequestHeader(name = IdempotentCreation.HEADER, required = false) String idempotencyKey,
            @Valid @RequestBody RefundRequest request) {
        String caller = currentEmployee.id();
        invoiceAccess.require(invoiceId, Action.WRITE);
        var outcome = idempotentCreation.create("refunds", idempotencyKey, new Fingerprint(caller, invoiceId, request), id ->
                commandGateway.sendAndWait(new RefundPaymentCommand(invoiceId, id, request.paymentId(), request.amount(),
                        request.refundedOn(), request.reference())));
        return ResponseEntity.status(201).header("Idempotent-Replayed", Boolean.toString(outcome.replayed()))
                .body(new PaymentRecorded(outcome.id()));
    }

    @GetMapping("/ledger")
    @Operation(summary = "The invoice's payments and refunds in order, each with the paid total and balance after it")
    public LedgerPage ledger(@PathVariable String invoiceId,
                             @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                             @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        AccessScope scope = access.requireScope(EntityType.INVOICE, Action.READ);
        boolean visible = mongo.exists(new Query(new Criteria().andOperator(where("_id").is(invoiceId),
                scope.toCriteria(InvoiceView.RESPONSIBLE, InvoiceView.OPEN))), InvoiceView.class);
        if (!visible) {
            throw new ResponseStatusException(NOT_FOUND, "No invoice with id " + invoiceId + ".");
        }
        Query entries = new Query(where("invoiceId").is(invoiceId));
        long total = mongo.count(entries, LedgerEntry.class);
        return new LedgerPage(mongo.find(new Query(where("invoiceId").is(invoiceId))
                .with(PageRequest.of(page, size, Sort.by("sequence"))), LedgerEntry.class), page, size, total);
    }
}
