package io.salescrm.catalog.script.web;

import io.salescrm.catalog.api.script.DerivePersonalScriptCommand;
import io.salescrm.catalog.api.script.EditPersonalScriptCommand;
import io.salescrm.catalog.api.script.PersonalScriptId;
import io.salescrm.catalog.api.script.RebasePersonalScriptCommand;
import io.salescrm.catalog.api.script.ScriptConflict;
import io.salescrm.catalog.script.command.PersonalScript;
import io.salescrm.catalog.script.command.ScriptMerge;
import io.salescrm.catalog.script.query.PersonalScriptVersionView;
import io.salescrm.catalog.script.query.PersonalScriptView;
import io.salescrm.catalog.script.query.ScriptDiff;
import io.salescrm.catalog.script.query.ScriptVersionView;
import io.salescrm.catalog.script.query.ScriptView;
import io.salescrm.catalog.template.web.ContentAccess;
import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.platform.access.AccessDeniedProblem;
import io.salescrm.platform.rules.ConflictException;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Personal versions of scripts: each salesperson derives his own from a standard version, edits it, sees what
 * the standard changed since and rebases onto a newer standard. Only the owner writes his personal version;
 * reading another's needs the caller's ANALYTICS READ scope to cover him (see {@link ContentAccess}).
 */
@RestController
@RequestMapping("/scripts/{scriptId}/personal")
@Validated
public class PersonalScriptController {

    public record PersonalSaved(String id, String scriptId, String employeeId, long version, long baseVersion) {
    }

    public record Rebased(String id, long version, long baseVersion, List<ScriptConflict> conflicts) {
    }

    /**
     * A personal version with what happened around it: {@code standardChanges} is what the standard changed from
     * the personal version's base to the latest standard version; {@code ownChanges} what the owner changed from
     * his base; {@code rebaseConflicts} what a rebase onto the latest standard would report.
     */
    public record PersonalStatus(PersonalScriptView personal, long latestStandardVersion, boolean behindStandard,
                                 List<ScriptDiff.StepChange> standardChanges, List<ScriptDiff.StepChange> ownChanges,
                                 List<ScriptConflict> rebaseConflicts) {
    }

    public record PersonalPage(List<PersonalScriptView> items, int page, int size, long totalItems) {
    }

    public record PersonalVersionPage(List<PersonalScriptVersionView> items, int page, int size, long totalItems) {
    }

    private final CommandGateway commandGateway;
    private final MongoTemplate mongo;
    private final ContentAccess access;

    public PersonalScriptController(CommandGateway commandGateway, MongoTemplate mongo, ContentAccess access) {
        this.commandGateway = commandGateway;
        this.mongo = mongo;
        this.access = access;
    }

    @PostMapping
    @Operation(summary = "Start the caller's personal version from a standard version (default: the latest)",
            description = "One personal version per script and employee: 409 (personal-script-exists) for a second.")
    public ResponseEntity<PersonalSaved> derive(@PathVariable @Size(max = 64) String scriptId,
                                                @RequestParam(required = false) @Min(1) Long baseVersion) {
        String caller = access.requireReader();
        ScriptVersionView base = standardVersion(scriptId, baseVersion);
        String id = PersonalScriptId.of(scriptId, caller);
        if (mongo.exists(new Query(where("_id").is(id)), PersonalScriptView.class)) {
            throw new ConflictException("personal-script-exists", "You have a personal version of this script already; "
                    + "edit or rebase it.");
        }
        commandGateway.sendAndWait(new DerivePersonalScriptCommand(id, scriptId, caller, base.version(), base.title(), base.steps()));
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{employeeId}").buildAndExpand(caller).toUri();
        return ResponseEntity.created(location).body(new PersonalSaved(id, scriptId, caller, 1, base.version()));
    }

    @GetMapping
    @Operation(summary = "The personal versions of a script the caller may read (his own, his people's), at most 100 per page")
    public PersonalPage list(@PathVariable @Size(max = 64) String scriptId,
                             @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                             @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Criteria visible = new Criteria().andOperator(where("scriptId").is(scriptId),
                access.peopleScope().toCriteria(PersonalScriptView.OWNER, "open"));
        long total = mongo.count(new Query(visible), PersonalScriptView.class);
        Query pageQuery = new Query(visible).with(PageRequest.of(page, size, Sort.by(PersonalScriptView.OWNER)));
        return new PersonalPage(mongo.find(pageQuery, PersonalScriptView.class), page, size, total);
    }

    @GetMapping("/{employeeId}")
    @Operation(summary = "An employee's personal version, with what the standard changed since its base")
    public PersonalStatus get(@PathVariable @Size(max = 64) String scriptId, @PathVariable @Size(max = 64) String employeeId) {
        PersonalScriptView personal = personal(scriptId, employeeId);
        ScriptView latest = latestStandard(scriptId);
        ScriptVersionView base = standardVersion(scriptId, personal.baseVersion());
        return new PersonalStatus(personal, latest.version(), latest.version() > personal.baseVersion(),
                ScriptDiff.between(base.steps(), latest.steps()), ScriptDiff.between(base.steps(), personal.steps()),
                ScriptMerge.rebase(base.steps(), personal.steps(), latest.steps()).conflicts());
    }

    @PutMapping("/{employeeId}")
    @Operation(summary = "Save the next personal version (the owner only)")
    public PersonalSaved edit(@PathVariable @Size(max = 64) String scriptId, @PathVariable @Size(max = 64) String employeeId,
                              @Valid @RequestBody ScriptChangeRequest request) {
        requireOwner(employeeId);
        String id = PersonalScriptId.of(scriptId, employeeId);
        Long version = commandGateway.sendAndWait(new EditPersonalScriptCommand(id, request.expectedVersion(),
                request.title(), StepRequest.toSteps(request.steps(), "p-")));
        return new PersonalSaved(id, scriptId, employeeId, version, personal(scriptId, employeeId).baseVersion());
    }

    @PostMapping("/{employeeId}/rebase")
    @Operation(summary = "Adopt a newer standard version as base, keeping the owner's edits where they do not conflict",
            description = "The owner only. Conflicting steps keep the personal side and are reported. 422 "
                    + "(already-on-this-base) when the target is not newer than the base; 409 on a stale expectedVersion.")
    public Rebased rebase(@PathVariable @Size(max = 64) String scriptId, @PathVariable @Size(max = 64) String employeeId,
                          @Valid @RequestBody RebaseRequest request) {
        requireOwner(employeeId);
        ScriptVersionView target = standardVersion(scriptId, request.toVersion());
        String id = PersonalScriptId.of(scriptId, employeeId);
        PersonalScript.RebaseOutcome outcome = commandGateway.sendAndWait(new RebasePersonalScriptCommand(id,
                request.expectedVersion(), target.version(), target.steps()));
        return new Rebased(id, outcome.version(), target.version(), outcome.conflicts());
    }

    @GetMapping("/{employeeId}/versions")
    @Operation(summary = "Every version of a personal script, newest first (at most 100 per page)")
    public PersonalVersionPage versions(@PathVariable @Size(max = 64) String scriptId, @PathVariable @Size(max = 64) String employeeId,
                                        @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                        @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        PersonalScriptView personal = personal(scriptId, employeeId);
        Criteria ofPersonal = where("personalScriptId").is(personal.id());
        long total = mongo.count(new Query(ofPersonal), PersonalScriptVersionView.class);
        Query pageQuery = new Query(ofPersonal).with(PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "version")));
        return new PersonalVersionPage(mongo.find(pageQuery, PersonalScriptVersionView.class), page, size, total);
    }

    @GetMapping("/{employeeId}/versions/{version}")
    @Operation(summary = "One version of a personal script")
    public PersonalScriptVersionView version(@PathVariable @Size(max = 64) String scriptId,
                                             @PathVariable @Size(max = 64) String employeeId,
                                             @PathVariable @Min(1) long version) {
        PersonalScriptView personal = personal(scriptId, employeeId);
        PersonalScriptVersionView found = mongo.findById(PersonalScriptVersionView.idOf(personal.id(), version),
                PersonalScriptVersionView.class);
        if (found == null) {
            throw new ResponseStatusException(NOT_FOUND, "This personal script has no version " + version + ".");
        }
        return found;
    }

    private PersonalScriptView personal(String scriptId, String employeeId) {
        access.requireMayReadContentOf(employeeId);
        PersonalScriptView personal = mongo.findById(PersonalScriptId.of(scriptId, employeeId), PersonalScriptView.class);
        if (personal == null) {
            throw new ResponseStatusException(NOT_FOUND, "Employee " + employeeId + " has no personal version of script " + scriptId + ".");
        }
        return personal;
    }

    private void requireOwner(String employeeId) {
        if (!access.requireReader().equals(employeeId)) {
            throw new AccessDeniedProblem(EntityType.PRODUCT, Action.WRITE, "Only its owner may change a personal script.");
        }
    }

    private ScriptView latestStandard(String scriptId) {
        ScriptView script = mongo.findById(scriptId, ScriptView.class);
        if (script == null) {
            throw new ResponseStatusException(NOT_FOUND, "No script with id " + scriptId + ".");
        }
        return script;
    }

    /** A standard version of the script; the latest when {@code version} is null. */
    private ScriptVersionView standardVersion(String scriptId, Long version) {
        long wanted = version != null ? version : latestStandard(scriptId).version();
        ScriptVersionView found = mongo.findById(ScriptVersionView.idOf(scriptId, wanted), ScriptVersionView.class);
        if (found == null) {
            throw new ResponseStatusException(NOT_FOUND, "Script " + scriptId + " has no standard version " + wanted + ".");
        }
        return found;
    }
}
