package io.salescrm.org.employee.web;

import io.salescrm.org.api.employee.ChangeEmployeeProfileCommand;
import io.salescrm.org.api.employee.JoinUnitCommand;
import io.salescrm.org.api.employee.LeaveUnitCommand;
import io.salescrm.org.api.employee.MoveEmployeeCommand;
import io.salescrm.org.employee.command.EmployeeAccounts;
import io.salescrm.org.employee.query.ActiveAdministrators;
import io.salescrm.org.employee.query.EmployeeQueries;
import io.salescrm.org.employee.query.EmployeeQueries.EmployeePage;
import io.salescrm.org.employee.query.EmployeeView;
import io.salescrm.org.employee.web.EmployeeRequests.ChangePasswordRequest;
import io.salescrm.org.employee.web.EmployeeRequests.ChangeProfileRequest;
import io.salescrm.org.employee.web.EmployeeRequests.HireEmployeeRequest;
import io.salescrm.org.employee.web.EmployeeRequests.UnitRequest;
import io.salescrm.org.orgunit.command.NotFoundException;
import io.salescrm.platform.web.IdempotentCreation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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

import java.security.Principal;

/**
 * Employees (user accounts). Changes are commands on the employee aggregates (those touching credentials in one
 * transaction with them, see {@link EmployeeAccounts}); reads come from the {@code employee_employees} read
 * model, which follows within moments and never holds credentials.
 */
@RestController
@RequestMapping("/employees")
public class EmployeeController {

    public record EmployeeCreated(String id) {
    }

    private final CommandGateway commandGateway;
    private final EmployeeAccounts accounts;
    private final EmployeeQueries employees;
    private final ActiveAdministrators administrators;
    private final IdempotentCreation idempotentCreation;

    public EmployeeController(CommandGateway commandGateway, EmployeeAccounts accounts, EmployeeQueries employees,
                              ActiveAdministrators administrators, IdempotentCreation idempotentCreation) {
        this.commandGateway = commandGateway;
        this.accounts = accounts;
        this.employees = employees;
        this.administrators = administrators;
        this.idempotentCreation = idempotentCreation;
    }

    @PostMapping
    @Operation(summary = "Hire an employee into an open primary unit",
            description = "The login (3-64 characters of a-z, 0-9, '.', '_', '-') must be unique (409 otherwise); the "
                    + "password needs at least 8 characters. Send an Idempotency-Key header to make retries safe.")
    public ResponseEntity<EmployeeCreated> hire(
            @RequestHeader(name = IdempotentCreation.HEADER, required = false) String idempotencyKey,
            @Valid @RequestBody HireEmployeeRequest request) {
        var outcome = idempotentCreation.create("employees", idempotencyKey, request.withoutPassword(), id ->
                accounts.hire(id, new EmployeeAccounts.NewEmployee(request.login(), request.fullName(), request.email(),
                        request.position(), request.primaryUnitId()), request.password()));
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(outcome.id()).toUri();
        return ResponseEntity.created(location)
                .header("Idempotent-Replayed", Boolean.toString(outcome.replayed()))
                .body(new EmployeeCreated(outcome.id()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One employee as the read model currently shows it (never any credential)")
    public EmployeeView get(@PathVariable @Size(max = 64) String id) {
        return employees.find(id).orElseThrow(() -> NotFoundException.employee(id));
    }

    @GetMapping
    @Operation(summary = "Employees by name, one page at a time (at most 100 per page)",
            description = "unitId: members of that unit (primary or further); active: only active (true) or "
                    + "deactivated (false) ones; q: part of the name, login or email, ignoring case.")
    public EmployeePage list(@RequestParam(required = false) @Size(max = 64) String unitId,
                             @RequestParam(required = false) Boolean active,
                             @RequestParam(required = false) @Size(max = 100) String q,
                             @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                             @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return employees.search(unitId, active, q, page, size);
    }

    @PutMapping("/{id}/profile")
    @Operation(summary = "Replace the employee's name, email and position")
    public ResponseEntity<Void> changeProfile(@PathVariable String id, @Valid @RequestBody ChangeProfileRequest request) {
        commandGateway.sendAndWait(new ChangeEmployeeProfileCommand(id, request.fullName(), request.email(), request.position()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/move")
    @Operation(summary = "Make another open unit the employee's primary unit")
    public ResponseEntity<Void> move(@PathVariable String id, @Valid @RequestBody UnitRequest request) {
        commandGateway.sendAndWait(new MoveEmployeeCommand(id, request.unitId()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/units")
    @Operation(summary = "Add the employee to a further open unit besides the primary one")
    public ResponseEntity<Void> joinUnit(@PathVariable String id, @Valid @RequestBody UnitRequest request) {
        commandGateway.sendAndWait(new JoinUnitCommand(id, request.unitId()));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}/units/{unitId}")
    @Operation(summary = "Remove the employee from a further unit (the primary unit is changed by moving)")
    public ResponseEntity<Void> leaveUnit(@PathVariable @Size(max = 64) String id, @PathVariable @Size(max = 64) String unitId) {
        commandGateway.sendAndWait(new LeaveUnitCommand(id, unitId));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/deactivate")
    @Operation(summary = "Deactivate an employee: no sign-in, no new work",
            description = "Refused with 409 (rule last-administrator) for the last active administrator.")
    public ResponseEntity<Void> deactivate(@PathVariable @Size(max = 64) String id) {
        accounts.deactivate(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/reactivate")
    @Operation(summary = "Reactivate a deactivated employee (the primary unit must be open)")
    public ResponseEntity<Void> reactivate(@PathVariable @Size(max = 64) String id) {
        accounts.reactivate(id);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{id}/password")
    @Operation(summary = "Change a password",
            description = "currentPassword is required unless the caller is an active administrator, who may reset "
                    + "any password without it. The new password needs at least 8 characters.")
    public ResponseEntity<Void> changePassword(@PathVariable String id,
                                               @Valid @RequestBody ChangePasswordRequest request,
                                               @Parameter(hidden = true) Principal caller) {
        accounts.changePassword(id, request.currentPassword(), request.newPassword(), !isAdministrator(caller));
        return ResponseEntity.noContent().build();
    }

    /**
     * The authenticated caller (its name is the employee id, the JWT subject, once sign-in guards this service)
     * is an active administrator. Without an authenticated caller nobody is, so the current password is required.
     */
    private boolean isAdministrator(Principal caller) {
        return caller != null && administrators.isActiveAdministrator(caller.getName());
    }
}
