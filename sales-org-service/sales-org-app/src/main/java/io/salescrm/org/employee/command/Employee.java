package io.salescrm.org.employee.command;

import io.salescrm.org.api.employee.ChangeEmployeeProfileCommand;
import io.salescrm.org.api.employee.DeactivateEmployeeCommand;
import io.salescrm.org.api.employee.EmployeeDeactivatedEvent;
import io.salescrm.org.api.employee.EmployeeHiredEvent;
import io.salescrm.org.api.employee.EmployeeJoinedUnitEvent;
import io.salescrm.org.api.employee.EmployeeLeftUnitEvent;
import io.salescrm.org.api.employee.EmployeeMovedEvent;
import io.salescrm.org.api.employee.EmployeeProfileChangedEvent;
import io.salescrm.org.api.employee.EmployeeReactivatedEvent;
import io.salescrm.org.api.employee.HireEmployeeCommand;
import io.salescrm.org.api.employee.JoinUnitCommand;
import io.salescrm.org.api.employee.LeaveUnitCommand;
import io.salescrm.org.api.employee.MoveEmployeeCommand;
import io.salescrm.org.api.employee.ReactivateEmployeeCommand;
import io.salescrm.org.employee.query.ActiveAdministrators;
import io.salescrm.org.orgunit.command.NotFoundException;
import io.salescrm.platform.rules.ConflictException;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An employee (user account): profile, primary unit, further units, active or not. Event-sourced; the id is a
 * UUID except for the initial administrator. Credentials are not part of it: they live in the
 * {@code employee_credentials} table, written in the same transaction as the commands (see {@link EmployeeAccounts}).
 * Units are checked against the org-unit read model ({@link UnitDirectory}); the last-administrator rule against
 * {@link ActiveAdministrators}.
 */
@Aggregate
public class Employee {

    public static final String LOGIN_PATTERN = "[a-z0-9._-]{3,64}";
    /** Something@domain.tld without blanks: what a mail server can deliver to, without a full RFC 5322 parser. */
    public static final String EMAIL_PATTERN = "[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+";
    public static final int MAX_EMAIL_LENGTH = 254;
    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_POSITION_LENGTH = 200;
    public static final int MAX_ID_LENGTH = 64;
    /** Further units one employee may belong to besides the primary one. */
    public static final int MAX_FURTHER_UNITS = 50;

    private static final Pattern LOGIN = Pattern.compile(LOGIN_PATTERN);
    private static final Pattern EMAIL = Pattern.compile(EMAIL_PATTERN);

    @AggregateIdentifier
    private String employeeId;
    private String fullName;
    private String email;
    private String position;
    private String primaryUnitId;
    private final Set<String> furtherUnitIds = new LinkedHashSet<>();
    private boolean active;

    protected Employee() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    public Employee(HireEmployeeCommand command, UnitDirectory units) {
        if (command.employeeId() == null || command.employeeId().isBlank() || command.employeeId().length() > MAX_ID_LENGTH) {
            throw new InvalidFieldException("employeeId", "must be 1-" + MAX_ID_LENGTH + " characters");
        }
        if (command.login() == null || !LOGIN.matcher(command.login()).matches()) {
            throw new InvalidFieldException("login", "must be 3-64 characters of a-z, 0-9, '.', '_' and '-'");
        }
        Profile profile = Profile.of(command.fullName(), command.email(), command.position());
        requireOpenUnit(units, command.primaryUnitId(), "primaryUnitId");
        apply(new EmployeeHiredEvent(command.employeeId(), command.login(), profile.fullName(), profile.email(),
                profile.position(), command.primaryUnitId()));
    }

    @CommandHandler
    public void handle(ChangeEmployeeProfileCommand command) {
        Profile profile = Profile.of(command.fullName(), command.email(), command.position());
        if (profile.fullName().equals(fullName) && profile.email().equals(email) && Objects.equals(profile.position(), position)) {
            return;
        }
        apply(new EmployeeProfileChangedEvent(employeeId, profile.fullName(), profile.email(), profile.position()));
    }

    @CommandHandler
    public void handle(MoveEmployeeCommand command, UnitDirectory units) {
        requireOpenUnit(units, command.unitId(), "unitId");
        if (command.unitId().equals(primaryUnitId)) {
            return;
        }
        apply(new EmployeeMovedEvent(employeeId, primaryUnitId, command.unitId()));
    }

    @CommandHandler
    public void handle(JoinUnitCommand command, UnitDirectory units) {
        requireOpenUnit(units, command.unitId(), "unitId");
        if (command.unitId().equals(primaryUnitId) || furtherUnitIds.contains(command.unitId())) {
            return;
        }
        if (furtherUnitIds.size() >= MAX_FURTHER_UNITS) {
            throw new RuleViolationException("too-many-units",
                    "An employee can be a member of at most " + MAX_FURTHER_UNITS + " further units.");
        }
        apply(new EmployeeJoinedUnitEvent(employeeId, command.unitId()));
    }

    @CommandHandler
    public void handle(LeaveUnitCommand command) {
        if (command.unitId() != null && command.unitId().equals(primaryUnitId)) {
            throw new RuleViolationException("primary-unit",
                    "Unit " + primaryUnitId + " is the employee's primary unit; move the employee to another unit instead.");
        }
        if (command.unitId() == null || !furtherUnitIds.contains(command.unitId())) {
            throw new NotFoundException("Employee " + employeeId + " is not a member of unit " + command.unitId() + ".");
        }
        apply(new EmployeeLeftUnitEvent(employeeId, command.unitId()));
    }

    @CommandHandler
    public void handle(DeactivateEmployeeCommand command, ActiveAdministrators administrators) {
        if (!active) {
            return;
        }
        if (administrators.isLastActiveAdministrator(employeeId)) {
            throw new ConflictException("last-administrator", "Employee " + employeeId + " is the last active "
                    + "administrator; give another active employee the Administrator role first.");
        }
        apply(new EmployeeDeactivatedEvent(employeeId));
    }

    @CommandHandler
    public void handle(ReactivateEmployeeCommand command, UnitDirectory units) {
        if (active) {
            return;
        }
        if (units.unitStatus(primaryUnitId) != UnitDirectory.UnitStatus.OPEN) {
            throw new RuleViolationException("primary-unit-closed", "The employee's primary unit " + primaryUnitId
                    + " is closed; move the employee to an open unit first.");
        }
        apply(new EmployeeReactivatedEvent(employeeId));
    }

    @EventSourcingHandler
    void on(EmployeeHiredEvent event) {
        employeeId = event.employeeId();
        fullName = event.fullName();
        email = event.email();
        position = event.position();
        primaryUnitId = event.primaryUnitId();
        active = true;
    }

    @EventSourcingHandler
    void on(EmployeeProfileChangedEvent event) {
        fullName = event.fullName();
        email = event.email();
        position = event.position();
    }

    @EventSourcingHandler
    void on(EmployeeMovedEvent event) {
        primaryUnitId = event.toUnitId();
        furtherUnitIds.remove(event.toUnitId());
    }

    @EventSourcingHandler
    void on(EmployeeJoinedUnitEvent event) {
        furtherUnitIds.add(event.unitId());
    }

    @EventSourcingHandler
    void on(EmployeeLeftUnitEvent event) {
        furtherUnitIds.remove(event.unitId());
    }

    @EventSourcingHandler
    void on(EmployeeDeactivatedEvent event) {
        active = false;
    }

    @EventSourcingHandler
    void on(EmployeeReactivatedEvent event) {
        active = true;
    }

    private static void requireOpenUnit(UnitDirectory units, String unitId, String field) {
        if (unitId == null || unitId.isBlank()) {
            throw new InvalidFieldException(field, "must name a unit");
        }
        switch (units.unitStatus(unitId)) {
            case UNKNOWN -> throw NotFoundException.unit(unitId);
            case CLOSED -> throw new RuleViolationException("unit-closed", "Unit " + unitId + " is closed and takes no members.");
            case OPEN -> {
            }
        }
    }

    /** A validated, trimmed profile; a blank position is no position. */
    record Profile(String fullName, String email, String position) {

        static Profile of(String fullName, String email, String position) {
            if (fullName == null || fullName.isBlank()) {
                throw new InvalidFieldException("fullName", "must not be blank");
            }
            if (fullName.strip().length() > MAX_NAME_LENGTH) {
                throw new InvalidFieldException("fullName", "must be at most " + MAX_NAME_LENGTH + " characters");
            }
            if (email == null || email.strip().length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(email.strip()).matches()) {
                throw new InvalidFieldException("email", "must be a well-formed email address of at most " + MAX_EMAIL_LENGTH + " characters");
            }
            String job = position == null || position.isBlank() ? null : position.strip();
            if (job != null && job.length() > MAX_POSITION_LENGTH) {
                throw new InvalidFieldException("position", "must be at most " + MAX_POSITION_LENGTH + " characters");
            }
            return new Profile(fullName.strip(), email.strip(), job);
        }
    }
}
