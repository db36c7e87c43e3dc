package io.salescrm.org.role.web;

import io.salescrm.org.api.role.RoleSubject;
import io.salescrm.org.role.command.RoleCommands;
import io.salescrm.org.role.command.RoleRules;
import io.salescrm.org.role.query.RoleAssignmentRepository;
import io.salescrm.org.role.query.RoleAssignmentView;
import io.salescrm.org.role.query.RoleSubjectDirectory;
import io.salescrm.org.role.query.RoleView;
import io.salescrm.org.role.query.RoleViewRepository;
import io.salescrm.org.role.web.RoleRequests.AssignmentRequest;
import io.salescrm.org.role.web.RoleRequests.RoleRequest;
import io.salescrm.org.role.web.RoleResponses.Assignment;
import io.salescrm.org.role.web.RoleResponses.AssignmentPage;
import io.salescrm.org.role.web.RoleResponses.AssignmentResult;
import io.salescrm.org.role.web.RoleResponses.RoleChanged;
import io.salescrm.org.role.web.RoleResponses.RoleCreated;
import io.salescrm.org.role.web.RoleResponses.RoleDetails;
import io.salescrm.org.role.web.RoleResponses.RolePage;
import io.salescrm.platform.rules.RuleViolationException;
import io.salescrm.platform.web.IdempotentCreation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.Map;
import java.util.stream.Collectors;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Roles (a permission matrix entity x action -> level, with deal rules per pipeline and stage) and who holds
 * them. Writes go through the Role aggregate; reads come from the {@code role_*} read models, which follow
 * the writes within moments.
 */
@RestController
@Tag(name = "Roles and role assignments")
public class RoleController {

    private final RoleCommands commands;
    private final RoleViewRepository roles;
    private final RoleAssignmentRepository assignments;
    private final RoleSubjectDirectory subjects;
    private final IdempotentCreation idempotentCreation;

    public RoleController(RoleCommands commands, RoleViewRepository roles, RoleAssignmentRepository assignments,
                          RoleSubjectDirectory subjects, IdempotentCreation idempotentCreation) {
        this.commands = commands;
        this.roles = roles;
        this.assignments = assignments;
        this.subjects = subjects;
        this.idempotentCreation = idempotentCreation;
    }

    @PostMapping("/roles")
    @Operation(summary = "Define a custom role", description = "Role names are unique regardless of case (409 otherwise). "
            + "Cells not listed are NONE. Send an Idempotency-Key header to make retries safe.")
    public ResponseEntity<RoleCreated> create(
            @RequestHeader(name = IdempotentCreation.HEADER, required = false) String idempotencyKey,
            @Valid @RequestBody RoleRequest request) {
        var outcome = idempotentCreation.create("roles", idempotencyKey, request,
                id -> commands.define(id, request.name(), null, request.cells(), request.rules()));
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(outcome.id()).toUri();
        return ResponseEntity.created(location)
                .header("Idempotent-Replayed", Boolean.toString(outcome.replayed()))
                .body(new RoleCreated(outcome.id()));
    }

    @GetMapping("/roles")
    @Operation(summary = "Roles by name, one page at a time (at most 100 per page)")
    public RolePage list(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                         @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Page<RoleView> result = roles.findByDeletedFalse(PageRequest.of(page, size, Sort.by("sortKey", "_id")));
        return new RolePage(result.getContent().stream().map(RoleDetails::of).toList(), page, size, result.getTotalElements());
    }

    @GetMapping("/roles/{id}")
    @Operation(summary = "One role with its whole matrix and deal rules")
    public RoleDetails get(@PathVariable String id) {
        return RoleDetails.of(existingRole(id));
    }

    @PutMapping("/roles/{id}")
    @Operation(summary = "Replace a role's name, whole matrix and deal rules",
            description = "Predefined roles may be edited too; the Administrator role keeps ALL on ORG. "
                    + "An identical matrix changes nothing (changed: false).")
    public RoleChanged change(@PathVariable String id,
                              @Valid @RequestBody RoleRequest request) {
        return new RoleChanged(id, commands.change(id, request.name(), request.cells(), request.rules()));
    }

    @DeleteMapping("/roles/{id}")
    @Operation(summary = "Delete a custom role and its assignments (predefined roles: 422)")
    public ResponseEntity<Void> delete(@PathVariable String id) {
        commands.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/roles/{id}/assignments")
    @Operation(summary = "Give the role to an employee or to every member of a unit",
            description = "201 when assigned now, 200 when the subject already held the role (nothing recorded). "
                    + "The employee or unit must exist (404); a closed unit is refused (422).")
    public ResponseEntity<AssignmentResult> assign(@PathVariable String id,
                                                   @Valid @RequestBody AssignmentRequest request) {
        switch (subjects.presenceOf(request.subjectType(), request.subjectId())) {
            case UNKNOWN -> throw new ResponseStatusException(NOT_FOUND,
                    "No " + request.subjectType().name().toLowerCase() + " with id " + request.subjectId() + ".");
            case CLOSED -> throw new RuleViolationException("unit-closed",
                    "The unit " + request.subjectId() + " is closed; roles cannot be given to it.");
            case PRESENT -> {
            }
        }
        boolean created = commands.assign(id, request.subjectType(), request.subjectId());
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{type}/{subject}")
                .buildAndExpand(request.subjectType(), request.subjectId()).toUri();
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).location(location)
                .body(new AssignmentResult(id, request.subjectType(), request.subjectId(), created));
    }

    @DeleteMapping("/roles/{id}/assignments/{subjectType}/{subjectId}")
    @Operation(summary = "Take the role from an employee or unit",
            description = "404 when the subject does not hold it; 409 for the last active administrator.")
    public ResponseEntity<Void> unassign(@PathVariable String id,
                                         @PathVariable RoleSubject subjectType,
                                         @PathVariable String subjectId) {
        commands.unassign(id, subjectType, subjectId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/roles/{id}/assignments")
    @Operation(summary = "Who holds the role, oldest assignment first, one page at a time (at most 100 per page)")
    public AssignmentPage assignmentsOf(@PathVariable String id,
                                        @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                        @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        RoleView role = existingRole(id);
        Page<RoleAssignmentView> result = assignments.findByRoleIdAndActiveTrue(id,
                PageRequest.of(page, size, Sort.by("assignedAt", "_id")));
        return new AssignmentPage(result.getContent().stream().map(view -> Assignment.of(view, role.name())).toList(),
                page, size, result.getTotalElements());
    }

    @GetMapping("/role-assignments")
    @Operation(summary = "The roles an employee or a unit holds directly, one page at a time (at most 100 per page)",
            description = "Roles an employee holds through his units are listed under each unit.")
    public AssignmentPage assignmentsTo(@RequestParam RoleSubject subjectType,
                                        @RequestParam @NotBlank @Size(max = RoleRules.MAX_ID_LENGTH) String subjectId,
                                        @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                        @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Page<RoleAssignmentView> result = assignments.findBySubjectTypeAndSubjectIdAndActiveTrue(subjectType, subjectId,
                PageRequest.of(page, size, Sort.by("assignedAt", "_id")));
        Map<String, String> names = roles.findAllById(result.getContent().stream().map(RoleAssignmentView::roleId).toList())
                .stream().collect(Collectors.toMap(RoleView::id, RoleView::name));
        return new AssignmentPage(result.getContent().stream().map(view -> Assignment.of(view, names.get(view.roleId()))).toList(),
                page, size, result.getTotalElements());
    }

    private RoleView existingRole(String id) {
        return roles.findExisting(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "No role with id " + id + "."));
    }
}
