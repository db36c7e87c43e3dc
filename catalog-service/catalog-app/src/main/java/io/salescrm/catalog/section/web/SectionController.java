package io.salescrm.catalog.section.web;

import io.salescrm.catalog.access.CatalogRights;
import io.salescrm.catalog.api.section.ArchiveSectionCommand;
import io.salescrm.catalog.api.section.CreateSectionCommand;
import io.salescrm.catalog.api.section.MoveSectionCommand;
import io.salescrm.catalog.api.section.RenameSectionCommand;
import io.salescrm.catalog.api.section.SectionTree;
import io.salescrm.catalog.reference.NotFoundProblem;
import io.salescrm.catalog.section.query.SectionView;
import io.salescrm.catalog.web.Created;
import io.salescrm.catalog.web.ItemPage;
import io.salescrm.org.api.role.Action;
import io.salescrm.platform.access.CurrentEmployee;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The catalog's section tree. Everyone with PRODUCT READ reads it; catalog managers change it. */
@RestController
@RequestMapping("/sections")
public class SectionController {

    private final CommandGateway commands;
    private final MongoTemplate mongo;
    private final IdempotentCreation idempotentCreation;
    private final CatalogRights rights;
    private final CurrentEmployee currentEmployee;

    public SectionController(CommandGateway commands, MongoTemplate mongo, IdempotentCreation idempotentCreation,
                             CatalogRights rights, CurrentEmployee currentEmployee) {
        this.commands = commands;
        this.mongo = mongo;
        this.idempotentCreation = idempotentCreation;
        this.rights = rights;
        this.currentEmployee = currentEmployee;
    }

    @PostMapping
    @Operation(summary = "Create a section (at the top or under a parent)")
    public ResponseEntity<Created> create(@RequestHeader(name = IdempotentCreation.HEADER, required = false) String idempotencyKey,
                                          @Valid @RequestBody SectionRequests.CreateSection request) {
        rights.requireCatalogManager(Action.ADD);
        var outcome = idempotentCreation.create("catalog-sections", idempotencyKey,
                new Created.Fingerprint(currentEmployee.id(), request), id -> commands.sendAndWait(
                        new CreateSectionCommand(SectionTree.ID, id, request.name(), request.parentSectionId())));
        return Created.response(outcome);
    }

    @GetMapping
    @Operation(summary = "Sections by name, one page at a time; parentSectionId narrows to the children of one section")
    public ItemPage<SectionView> list(@RequestParam(required = false) @Size(max = 64) String parentSectionId,
                                      @RequestParam(defaultValue = "0") @Min(0) @Max(ItemPage.MAX_PAGE) int page,
                                      @RequestParam(defaultValue = "50") @Min(1) @Max(ItemPage.MAX_SIZE) int size) {
        rights.requireRead();
        Criteria criteria = parentSectionId == null ? new Criteria() : where("parentSectionId").is(parentSectionId);
        long total = mongo.count(new Query(criteria), SectionView.class);
        var items = mongo.find(new Query(criteria).with(PageRequest.of(page, size, Sort.by("name", "_id"))), SectionView.class);
        return new ItemPage<>(items, page, size, total);
    }

    @GetMapping("/{id}")
    public SectionView get(@PathVariable String id) {
        rights.requireRead();
        SectionView section = mongo.findById(id, SectionView.class);
        if (section == null) {
            throw new NotFoundProblem("No section with id " + id + ".");
        }
        return section;
    }

    @PutMapping("/{id}/name")
    @Operation(summary = "Rename a section")
    public ResponseEntity<Void> rename(@PathVariable String id, @Valid @RequestBody SectionRequests.RenameSection request) {
        rights.requireCatalogManager(Action.WRITE);
        commands.sendAndWait(new RenameSectionCommand(SectionTree.ID, id, request.name()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/move")
    @Operation(summary = "Move a section with its sub-sections under another parent (or to the top); 422 for a cycle")
    public ResponseEntity<Void> move(@PathVariable String id, @Valid @RequestBody SectionRequests.MoveSection request) {
        rights.requireCatalogManager(Action.WRITE);
        commands.sendAndWait(new MoveSectionCommand(SectionTree.ID, id, request.parentSectionId()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/archive")
    @Operation(summary = "Archive a section without active sub-sections")
    public ResponseEntity<Void> archive(@PathVariable String id) {
        rights.requireCatalogManager(Action.DELETE);
        commands.sendAndWait(new ArchiveSectionCommand(SectionTree.ID, id));
        return ResponseEntity.noContent().build();
    }
}
