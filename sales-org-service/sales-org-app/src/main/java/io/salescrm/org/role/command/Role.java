package io.salescrm.org.role.command;

import io.salescrm.org.api.role.AccessLevel;
import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.AssignRoleCommand;
import io.salescrm.org.api.role.ChangeRolePermissionsCommand;
import io.salescrm.org.api.role.DealStageRule;
import io.salescrm.org.api.role.DefineRoleCommand;
import io.salescrm.org.api.role.DeleteRoleCommand;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.org.api.role.Permission;
import io.salescrm.org.api.role.PredefinedRoles;
import io.salescrm.org.api.role.RoleAssignedEvent;
import io.salescrm.org.api.role.RoleDefinedEvent;
import io.salescrm.org.api.role.RoleDeletedEvent;
import io.salescrm.org.api.role.RolePermissionsChangedEvent;
import io.salescrm.org.api.role.RoleSubject;
import io.salescrm.org.api.role.RoleUnassignedEvent;
import io.salescrm.org.api.role.UnassignRoleCommand;
import io.salescrm.platform.rules.ConflictException;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

/**
 * A role: a permission matrix (entity type x action -> level) with deal rules per pipeline and stage, and the
 * employees and units it is assigned to. Assignments live here so that a role knows its subjects: assigning
 * twice is a no-op, and every change of the Administrator role's holders is decided in one place, one at a time.
 * Event-sourced.
 */
@Aggregate
public class Role {

    /** A holder of the role. */
    record Subject(RoleSubject type, String id) {
    }

    @AggregateIdentifier
    private String roleId;
    private String name;
    private String predefinedKey;
    private List<Permission> permissions;
    private List<DealStageRule> dealRules;
    private final Set<Subject> subjects = new LinkedHashSet<>();
    private boolean everAssigned;

    protected Role() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    public Role(DefineRoleCommand command) {
        if (command.roleId() == null || command.roleId().isBlank() || command.roleId().length() > RoleRules.MAX_ID_LENGTH) {
            throw new InvalidFieldException("id", "must be 1-" + RoleRules.MAX_ID_LENGTH + " characters");
        }
        if (command.predefinedKey() != null && command.predefinedKey().isBlank()) {
            throw new InvalidFieldException("predefinedKey", "must not be blank when given");
        }
        RoleRules.Matrix matrix = RoleRules.validated(command.name(), command.permissions(), command.dealRules());
        requireAdministratorKeepsOrg(command.roleId(), matrix.permissions());
        apply(new RoleDefinedEvent(command.roleId(), matrix.name(), command.predefinedKey(), matrix.permissions(), matrix.dealRules()));
    }

    /** @return whether anything changed (an identical name and matrix change nothing and record nothing) */
    @CommandHandler
    public boolean handle(ChangeRolePermissionsCommand command) {
        RoleRules.Matrix matrix = RoleRules.validated(command.name(), command.permissions(), command.dealRules());
        requireAdministratorKeepsOrg(roleId, matrix.permissions());
        if (matrix.name().equals(name) && matrix.permissions().equals(permissions) && matrix.dealRules().equals(dealRules)) {
            return false;
        }
        apply(new RolePermissionsChangedEvent(roleId, matrix.name(), matrix.permissions(), matrix.dealRules()));
        return true;
    }

    @CommandHandler
    public void handle(DeleteRoleCommand command) {
        if (predefinedKey != null) {
            throw new RuleViolationException("predefined-role",
                    "The predefined role " + name + " cannot be deleted; its permissions can be edited instead.");
        }
        apply(new RoleDeletedEvent(roleId));
    }

    /** @return whether the role was newly assigned (false: the subject already held it, nothing recorded) */
    @CommandHandler
    public boolean handle(AssignRoleCommand command) {
        if (command.subjectType() == null) {
            throw new InvalidFieldException("subjectType", "must not be null");
        }
        Subject subject = new Subject(command.subjectType(), RoleRules.validSubjectId(command.subjectId()));
        if (subjects.contains(subject)) {
            return false;
        }
        apply(new RoleAssignedEvent(roleId, subject.type(), subject.id()));
        return true;
    }

    @CommandHandler
    public void handle(UnassignRoleCommand command, LastAdministratorCheck lastAdministrator) {
        Subject subject = new Subject(command.subjectType(), command.subjectId());
        if (!subjects.contains(subject)) {
            throw new AssignmentNotFoundException(roleId, command.subjectType(), command.subjectId());
        }
        if (PredefinedRoles.ADMINISTRATOR.equals(roleId) && subject.type() == RoleSubject.EMPLOYEE) {
            boolean noOtherEmployeeHoldsIt = subjects.stream()
                    .noneMatch(other -> other.type() == RoleSubject.EMPLOYEE && !other.equals(subject));
            if (noOtherEmployeeHoldsIt || lastAdministrator.isLastActiveAdministrator(subject.id())) {
                throw new ConflictException("last-administrator", "Employee " + subject.id()
                        + " is the last active administrator; give the Administrator role to someone else first.");
            }
        }
        apply(new RoleUnassignedEvent(roleId, subject.type(), subject.id()));
    }

    /** @return whether the role was assigned now */
    @CommandHandler
    public boolean handle(AssignInitialAdministratorCommand command) {
        if (everAssigned) {
            return false;
        }
        apply(new RoleAssignedEvent(roleId, RoleSubject.EMPLOYEE, RoleRules.validSubjectId(command.employeeId())));
        return true;
    }

    @EventSourcingHandler
    void on(RoleDefinedEvent event) {
        roleId = event.roleId();
        name = event.name();
        predefinedKey = event.predefinedKey();
        permissions = event.permissions();
        dealRules = event.dealRules();
    }

    @EventSourcingHandler
    void on(RolePermissionsChangedEvent event) {
        name = event.name();
        permissions = event.permissions();
        dealRules = event.dealRules();
    }

    @EventSourcingHandler
    void on(RoleAssignedEvent event) {
        subjects.add(new Subject(event.subjectType(), event.subjectId()));
        everAssigned = true;
    }

    @EventSourcingHandler
    void on(RoleUnassignedEvent event) {
        subjects.remove(new Subject(event.subjectType(), event.subjectId()));
    }

    @EventSourcingHandler
    void on(RoleDeletedEvent event) {
        subjects.clear();
        markDeleted();
    }

    /**
     * The Administrator role keeps ALL on the org structure for every action, so that whoever holds it can
     * always manage people, units and roles: editing it can never lock everybody out.
     */
    private static void requireAdministratorKeepsOrg(String roleId, List<Permission> cells) {
        if (!PredefinedRoles.ADMINISTRATOR.equals(roleId)) {
            return;
        }
        for (Action action : Action.values()) {
            if (RoleRules.levelOf(cells, EntityType.ORG, action) != AccessLevel.ALL) {
                throw new RuleViolationException("administrator-keeps-org",
                        "The Administrator role must keep ALL on ORG for every action (" + action + " is not).");
            }
        }
    }
}
