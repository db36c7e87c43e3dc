package io.salescrm.billing.mail;

import io.salescrm.billing.document.DocumentStore;
import io.salescrm.billing.document.StoredDocument;
import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.platform.access.AccessPolicy;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The outbox: documents sent while no SMTP server is configured, newest first, to download and pass on by hand.
 * Reading an entry needs QUOTE READ covering its quote's responsible employee.
 */
@RestController
@RequestMapping("/outbox")
@Validated
public class OutboxController {

    public record OutboxPage(List<OutboxEntry> items, int page, int size, long totalItems) {
    }

    private final MongoTemplate mongo;
    private final AccessPolicy access;
    private final DocumentStore documents;

    public OutboxController(MongoTemplate mongo, AccessPolicy access, DocumentStore documents) {
        this.mongo = mongo;
        this.access = access;
        this.documents = documents;
    }

    @GetMapping
    @Operation(summary = "Outbox entries the caller may read, newest first (at most 100 per page)")
    public OutboxPage list(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                           @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        var criteria = access.requireScope(EntityType.QUOTE, Action.READ).toCriteria(OutboxEntry.RESPONSIBLE, OutboxEntry.OPEN);
        long total = mongo.count(new Query(criteria), OutboxEntry.class);
        List<OutboxEntry> items = mongo.find(new Query(criteria).with(PageRequest.of(page, size,
                Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("_id")))), OutboxEntry.class);
        return new OutboxPage(items, page, size, total);
    }

    @GetMapping(value = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The PDF of an outbox entry")
    public ResponseEntity<byte[]> pdf(@PathVariable @Size(max = 64) String id) {
        OutboxEntry entry = mongo.findById(id, OutboxEntry.class);
        if (entry == null) {
            throw new ResponseStatusException(NOT_FOUND, "No outbox entry with id " + id + ".");
        }
        access.require(EntityType.QUOTE, Action.READ, entry.responsibleId(), entry.open());
        byte[] pdf = documents.find(id).map(StoredDocument::pdf)
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "The document of outbox entry " + id + " is gone."));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + entry.fileName() + "\"")
                .contentType(MediaType.APPLICATION_PDF).body(pdf);
    }
}
