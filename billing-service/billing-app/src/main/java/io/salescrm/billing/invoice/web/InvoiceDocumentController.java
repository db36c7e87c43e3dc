package io.salescrm.billing.invoice.web;

import io.salescrm.billing.document.DocumentRenderer;
import io.salescrm.billing.invoice.document.InvoiceDocuments;
import io.salescrm.billing.invoice.query.InvoiceView;
import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.platform.access.AccessPolicy;
import io.salescrm.platform.access.AccessScope;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.http.HttpStatus.NOT_FOUND;

/** An invoice as PDF (fonts embedded, Cyrillic) and as HTML preview, for those who may read it (INVOICE READ). */
@RestController
@RequestMapping("/invoices/{id}")
public class InvoiceDocumentController {

    private final MongoTemplate mongo;
    private final AccessPolicy access;
    private final InvoiceDocuments documents;
    private final DocumentRenderer renderer;

    public InvoiceDocumentController(MongoTemplate mongo, AccessPolicy access, InvoiceDocuments documents,
                                     DocumentRenderer renderer) {
        this.mongo = mongo;
        this.access = access;
        this.documents = documents;
        this.renderer = renderer;
    }

    @GetMapping(value = "/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The invoice as an A4 PDF (a draft is printed as a draft, without number)")
    public ResponseEntity<byte[]> pdf(@PathVariable String id) {
        InvoiceView invoice = readable(id);
        String name = "invoice-" + (invoice.number() != null ? invoice.number() : "draft-" + invoice.id()) + ".pdf";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + "\"")
                .contentType(MediaType.APPLICATION_PDF)
                .body(renderer.pdf(documents.document(invoice)));
    }

    @GetMapping(value = "/preview", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "The invoice as an HTML preview")
    public String preview(@PathVariable String id) {
        return renderer.html(documents.document(readable(id)));
    }

    private InvoiceView readable(String id) {
        AccessScope scope = access.requireScope(EntityType.INVOICE, Action.READ);
        InvoiceView invoice = mongo.findOne(new Query(new Criteria().andOperator(where("_id").is(id),
                InvoiceController.readable(scope))), InvoiceView.class);
        if (invoice == null) {
            throw new ResponseStatusException(NOT_FOUND, "No invoice with id " + id + ".");
        }
        return invoice;
    }
}
