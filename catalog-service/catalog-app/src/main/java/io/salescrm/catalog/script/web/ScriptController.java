package io.salescrm.catalog.script.web;

import io.salescrm.catalog.api.script.CreateScriptCommand;
import io.salescrm.catalog.api.script.ReviseScriptCommand;
import io.salescrm.catalog.api.script.ScriptScopeKind;
import io.salescrm.catalog.script.query.ScriptVersionView;
import io.salescrm.catalog.script.query.ScriptView;
import io.salescrm.catalog.template.web.ContentAccess;
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

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Company-standard sales scripts, one per product, section or pipeline stage. Catalog managers write them (each
 * change is the next standard version); everyone with PRODUCT READ reads every version.
 */
@RestController
@RequestMapping("/scripts")
@Validated
public class ScriptController {

    public record ScriptSaved(String id, long version) {
    }

    public record ScriptPage(List<ScriptView> items, int page, int size, long totalItems) {
    }

    public record VersionPage(List<ScriptVersionView> items, int page, int size, long totalItems) {
    }

    record CreationFingerprint(String caller, ScriptRequest request) {
    }

    private final CommandGateway commandGateway;
    private final MongoTemplate mongo;
    private final IdempotentCreation idempotentCreation;
    private final ContentAccess access;

    public ScriptController(CommandGateway commandGateway, MongoTemplate mongo, IdempotentCreation idempotentCreation,
                            ContentAccess access) {
        this.commandGateway = commandGateway;
        this.mongo = mongo;
        this.idempotentCreation = idempotentCreation;
        this.access = access;
    }

    @PostMapping
    @Operation(summary = "Write the standard script of a product, section or pipeline stage (catalog managers)",
            description = "409 (script-exists-for-scope) when the scope has one already. Idempotency-Key supported.")
    public ResponseEntity<ScriptSaved> create(
            @RequestHeader(name = IdempotentCreation.HEADER, required = false) String idempotencyKey,
            @Valid @RequestBody ScriptRequest request) {
        String caller = access.requireCatalogManager();
        var outcome = idempotentCreation.create("scripts", idempotencyKey, new CreationFingerprint(caller, request), id ->
                commandGateway.sendAndWait(new CreateScriptCommand(id, request.scopeKind(), request.scopeId(),
                        request.title(), StepRequest.toSteps(request.steps(), "s-"))));
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(outcome.id()).toUri();
        return ResponseEntity.created(location)
                .header("Idempotent-Replayed", Boolean.toString(outcome.replayed()))
                .body(new ScriptSaved(outcome.id(), 1));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Save the next standard version (catalog managers)", description = "Send every step; keep "
            + "the stepId of steps that stay. 409 when expectedVersion is not the latest.")
    public ScriptSaved revise(@PathVariable @Size(max = 64) String id, @Valid @RequestBody ScriptChangeRequest request) {
        access.requireCatalogManager();
        Long version = commandGateway.sendAndWait(new ReviseScriptCommand(id, request.expectedVersion(), request.title(),
                StepRequest.toSteps(request.steps(), "s-")));
        return new ScriptSaved(id, version);
    }

    @GetMapping
    @Operation(summary = "Standard scripts, optionally of one scope, one page at a time (at most 100 per page)")
    public ScriptPage list(@RequestParam(required = false) ScriptScopeKind scopeKind,
                           @RequestParam(required = false) @Size(max = 64) String scopeId,
                           @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                           @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        access.requireReader();
        List<Criteria> filters = new ArrayList<>();
        if (scopeKind != null) {
            filters.add(where("scopeKind").is(scopeKind));
        }
        if (scopeId != null) {
            filters.add(where("scopeId").is(scopeId));
        }
        Criteria filter = filters.isEmpty() ? new Criteria() : new Criteria().andOperator(filters);
        long total = mongo.count(new Query(filter), ScriptView.class);
        Query pageQuery = new Query(filter).with(PageRequest.of(page, size, Sort.by("title", "_id")));
        return new ScriptPage(mongo.find(pageQuery, ScriptView.class), page, size, total);
    }

    @GetMapping("/{id}")
    @Operation(summary = "The latest standard version of a script")
    public ScriptView get(@PathVariable @Size(max = 64) String id) {
        access.requireReader();
        ScriptView script = mongo.findById(id, ScriptView.class);
        if (script == null) {
            throw new ResponseStatusException(NOT_FOUND, "No script with id " + id + ".");
        }
        return script;
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "Every standard version of a script, newest first (at most 100 per page)")
    public VersionPage versions(@PathVariable @Size(max = 64) String id,
                                @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        get(id);
        Criteria ofScript = where("scriptId").is(id);
        long total = mongo.count(new Query(ofScript), ScriptVersionView.class);
        Query pageQuery = new Query(ofScript).with(PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "version")));
        return new VersionPage(mongo.find(pageQuery, ScriptVersionView.class), page, size, total);
    }

    @GetMapping("/{id}/versions/{version}")
    @Operation(summary = "One standard version of a script")
    public ScriptVersionView version(@PathVariable @Size(max = 64) String id, @PathVariable @Min(1) long version) {
        access.requireReader();
        ScriptVersionView found = mongo.findById(ScriptVersionView.idOf(id, version), ScriptVersionView.class);
        if (found == null) {
            throw new ResponseStatusException(NOT_FOUND, "Script " + id + " has no standard version " + version + ".");
        }
        return found;
    }
}
