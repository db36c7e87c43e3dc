package io.salescrm.org.orgunit.web;

import io.salescrm.org.api.orgunit.CloseOrgUnitCommand;
import io.salescrm.org.api.orgunit.CreateOrgUnitCommand;
import io.salescrm.org.api.orgunit.MoveOrgUnitCommand;
import io.salescrm.org.api.orgunit.OrgStructure;
import io.salescrm.org.api.orgunit.RenameOrgUnitCommand;
import io.salescrm.org.api.orgunit.SetOrgUnitHeadCommand;
import io.salescrm.org.orgunit.command.NotFoundException;
import io.salescrm.org.orgunit.query.OrgUnitQueries;
import io.salescrm.org.orgunit.query.OrgUnitQueries.OrgTree;
import io.salescrm.org.orgunit.query.OrgUnitQueries.UnitPage;
import io.salescrm.org.orgunit.query.UnitView;
import io.salescrm.org.orgunit.web.OrgUnitRequests.CreateOrgUnitRequest;
import io.salescrm.org.orgunit.web.OrgUnitRequests.MoveOrgUnitRequest;
import io.salescrm.org.orgunit.web.OrgUnitRequests.RenameOrgUnitRequest;
import io.salescrm.org.orgunit.web.OrgUnitRequests.SetOrgUnitHeadRequest;
import io.salescrm.platform.web.IdempotentCreation;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The org tree: company -> departments -> sales groups. Changes are commands on the one org-structure aggregate;
 * reads come from the {@code orgunit_units} read model, which follows within moments.
 */
@RestController
@RequestMapping("/units")
public class OrgUnitController {

    public record UnitCreated(String id) {
    }

    private final CommandGateway commandGateway;
    private final OrgUnitQueries units;
    private final IdempotentCreation idempotentCreation;

    public OrgUnitController(CommandGateway commandGateway, OrgUnitQueries units, IdempotentCreation idempotentCreation) {
        this.commandGateway = commandGateway;
        this.units = units;
        this.idempotentCreation = idempotentCreation;
    }

    @PostMapping
    @Operation(summary = "Create a department or sales group under an open unit",
            description = "Names are unique (ignoring case) among the open children of a parent (409 otherwise). "
                    + "Send an Idempotency-Key header to make retries safe.")
    public ResponseEntity<UnitCreated> create(
            @RequestHeader(name = IdempotentCreation.HEADER, required = false) String idempotencyKey,
            @Valid @RequestBody CreateOrgUnitRequest request) {
        var outcome = idempotentCreation.create("org-units", idempotencyKey, request, id ->
                commandGateway.sendAndWait(new CreateOrgUnitCommand(OrgStructure.ID, id, request.kind(), request.name(),
                        request.parentUnitId())));
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(outcome.id()).toUri();
        return ResponseEntity.created(location)
                .header("Idempotent-Replayed", Boolean.toString(outcome.replayed()))
                .body(new UnitCreated(outcome.id()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One unit as the read model currently shows it")
    public UnitView get(@PathVariable @Size(max = 64) String id) {
        return units.find(id).orElseThrow(() -> NotFoundException.unit(id));
    }

    @GetMapping
    @Operation(summary = "Units by name, one page at a time (at most 100 per page)",
            description = "parentId limits the list to the children of one unit; includeClosed=false leaves closed units out.")
    public UnitPage list(@RequestParam(required = false) @Size(max = 64) String parentId,
                         @RequestParam(defaultValue = "true") boolean includeClosed,
                         @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                         @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return units.list(parentId, includeClosed, page, size);
    }

    @GetMapping("/tree")
    @Operation(summary = "The whole org tree from the company down",
            description = "Refused with 422 (rule tree-too-large) above " + OrgUnitQueries.MAX_TREE_UNITS
                    + " units; browse level by level with GET /units?parentId= then.")
    public OrgTree tree() {
        return units.tree();
    }

    @PutMapping("/{id}/name")
    @Operation(summary = "Rename a unit")
    public ResponseEntity<Void> rename(@PathVariable String id, @Valid @RequestBody RenameOrgUnitRequest request) {
        commandGateway.sendAndWait(new RenameOrgUnitCommand(OrgStructure.ID, id, request.name()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/move")
    @Operation(summary = "Move a unit with its subtree under another open unit",
            description = "Moving a unit under itself or one of its descendants is refused with 422 (rule org-cycle).")
    public ResponseEntity<Void> move(@PathVariable String id, @Valid @RequestBody MoveOrgUnitRequest request) {
        commandGateway.sendAndWait(new MoveOrgUnitCommand(OrgStructure.ID, id, request.parentUnitId()));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{id}/head")
    @Operation(summary = "Set or remove (employeeId null) the head of a unit; the head must be an active employee")
    public ResponseEntity<Void> setHead(@PathVariable String id, @Valid @RequestBody SetOrgUnitHeadRequest request) {
        commandGateway.sendAndWait(new SetOrgUnitHeadCommand(OrgStructure.ID, id, request.employeeId()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close a unit without open child units and active members (422 otherwise)")
    public ResponseEntity<Void> close(@PathVariable @Size(max = 64) String id) {
        commandGateway.sendAndWait(new CloseOrgUnitCommand(OrgStructure.ID, id));
        return ResponseEntity.noContent().build();
    }
}
