package io.salescrm.catalog.template.web;

import io.salescrm.catalog.api.template.ChangeTemplateCommand;
import io.salescrm.catalog.api.template.CreateTemplateCommand;
import io.salescrm.catalog.api.template.TemplateKind;
import io.salescrm.catalog.api.template.render.PlaceholderVocabulary;
import io.salescrm.catalog.api.template.render.RenderedText;
import io.salescrm.catalog.api.template.render.TemplateData;
import io.salescrm.catalog.api.template.render.TemplateText;
import io.salescrm.catalog.quiz.query.ProductFacts;
import io.salescrm.catalog.quiz.query.ProductFactsReader;
import io.salescrm.catalog.template.query.TemplateVersionView;
import io.salescrm.catalog.template.query.TemplateView;
import io.salescrm.platform.rules.InvalidFieldException;
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
import org.springframework.validation.annotation.Validated;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Offer and letter templates. Catalog managers write them; everyone with PRODUCT READ reads and previews them.
 * Every saved change is a new version; all versions stay readable.
 */
@RestController
@RequestMapping("/templates")
@Validated
public class TemplateController {

    public record TemplateSaved(String id, long version) {
    }

    public record TemplatePage(List<TemplateView> items, int page, int size, long totalItems) {
    }

    public record VersionPage(List<TemplateVersionView> items, int page, int size, long totalItems) {
    }

    public record Preview(String templateId, long version, RenderedText subject, RenderedText body) {
    }

    public record Vocabulary(List<String> documentPlaceholders, List<String> productPlaceholders,
                             String productPropertyPlaceholder, String productsSection) {
    }

    record CreationFingerprint(String caller, TemplateRequest request) {
    }

    private final CommandGateway commandGateway;
    private final MongoTemplate mongo;
    private final IdempotentCreation idempotentCreation;
    private final ContentAccess access;
    private final ProductFactsReader products;

    public TemplateController(CommandGateway commandGateway, MongoTemplate mongo, IdempotentCreation idempotentCreation,
                              ContentAccess access, ProductFactsReader products) {
        this.products = products;
        this.commandGateway = commandGateway;
        this.mongo = mongo;
        this.idempotentCreation = idempotentCreation;
        this.access = access;
    }

    @PostMapping
    @Operation(summary = "Create a template (catalog managers)", description = "Unknown placeholders or bad syntax "
            + "in subject or body are a 400 listing each problem with its field and position. Idempotency-Key supported.")
    public ResponseEntity<TemplateSaved> create(
            @RequestHeader(name = IdempotentCreation.HEADER, required = false) String idempotencyKey,
            @Valid @RequestBody TemplateRequest request) {
        String caller = access.requireCatalogManager();
        var outcome = idempotentCreation.create("templates", idempotencyKey, new CreationFingerprint(caller, request), id ->
                commandGateway.sendAndWait(new CreateTemplateCommand(id, request.kind(), request.name(), request.subject(),
                        request.body())));
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(outcome.id()).toUri();
        return ResponseEntity.created(location)
                .header("Idempotent-Replayed", Boolean.toString(outcome.replayed()))
                .body(new TemplateSaved(outcome.id(), 1));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Save a new version (catalog managers)", description = "409 when expectedVersion is not the "
            + "latest version; saving the same text again creates no version.")
    public TemplateSaved change(@PathVariable @Size(max = 64) String id, @Valid @RequestBody TemplateChangeRequest request) {
        access.requireCatalogManager();
        Long version = commandGateway.sendAndWait(new ChangeTemplateCommand(id, request.expectedVersion(), request.name(),
                request.subject(), request.body()));
        return new TemplateSaved(id, version);
    }

    @GetMapping
    @Operation(summary = "Templates by name, optionally of one kind, one page at a time (at most 100 per page)")
    public TemplatePage list(@RequestParam(required = false) TemplateKind kind,
                             @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                             @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        access.requireReader();
        Criteria filter = kind == null ? new Criteria() : where("kind").is(kind);
        long total = mongo.count(new Query(filter), TemplateView.class);
        Query pageQuery = new Query(filter).with(PageRequest.of(page, size, Sort.by("name", "_id")));
        return new TemplatePage(mongo.find(pageQuery, TemplateView.class), page, size, total);
    }

    @GetMapping("/placeholders")
    @Operation(summary = "The placeholder vocabulary templates may use")
    public Vocabulary placeholders() {
        access.requireReader();
        return new Vocabulary(PlaceholderVocabulary.DOCUMENT_PLACEHOLDERS, PlaceholderVocabulary.PRODUCT_PLACEHOLDERS,
                PlaceholderVocabulary.PRODUCT_PROPERTY_PREFIX + "<propertyId>", PlaceholderVocabulary.PRODUCTS_SECTION);
    }

    @GetMapping("/{id}")
    @Operation(summary = "The latest version of a template")
    public TemplateView get(@PathVariable @Size(max = 64) String id) {
        access.requireReader();
        TemplateView template = mongo.findById(id, TemplateView.class);
        if (template == null) {
            throw notFound(id);
        }
        return template;
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "Every version of a template, newest first, one page at a time (at most 100 per page)")
    public VersionPage versions(@PathVariable @Size(max = 64) String id,
                                @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        get(id);
        Criteria ofTemplate = where("templateId").is(id);
        long total = mongo.count(new Query(ofTemplate), TemplateVersionView.class);
        Query pageQuery = new Query(ofTemplate).with(PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "version")));
        return new VersionPage(mongo.find(pageQuery, TemplateVersionView.class), page, size, total);
    }

    @GetMapping("/{id}/versions/{version}")
    @Operation(summary = "One version of a template")
    public TemplateVersionView version(@PathVariable @Size(max = 64) String id, @PathVariable @Min(1) long version) {
        access.requireReader();
        TemplateVersionView found = mongo.findById(TemplateVersionView.idOf(id, version), TemplateVersionView.class);
        if (found == null) {
            throw new ResponseStatusException(NOT_FOUND, "Template " + id + " has no version " + version + ".");
        }
        return found;
    }

    @PostMapping("/{id}/preview")
    @Operation(summary = "Render a template with sample data or catalog products", description = "Returns the rendered "
            + "subject and body; placeholders without a value stay in the text and are listed as unfilled with their position.")
    public Preview preview(@PathVariable @Size(max = 64) String id, @Valid @RequestBody PreviewRequest request) {
        TemplateView latest = get(id);
        TemplateVersionView shown = version(id, request.version() != null ? request.version() : latest.version());
        List<Map<String, String>> rows = new ArrayList<>(request.products() == null ? List.of() : request.products());
        List<String> productIds = request.productIds() == null ? List.of() : request.productIds();
        for (int i = 0; i < productIds.size(); i++) {
            int index = i;
            ProductFacts product = products.product(productIds.get(i)).orElseThrow(() ->
                    new InvalidFieldException("productIds[" + index + "]", "is not a product"));
            rows.add(products.templateRow(product, request.currency()));
        }
        TemplateData data = new TemplateData(request.values(), rows);
        return new Preview(id, shown.version(), TemplateText.render(shown.subject(), data), TemplateText.render(shown.body(), data));
    }

    private static ResponseStatusException notFound(String id) {
        return new ResponseStatusException(NOT_FOUND, "No template with id " + id + ".");
    }
}
