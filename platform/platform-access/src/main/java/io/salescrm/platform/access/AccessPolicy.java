package io.salescrm.platform.access;

import io.salescrm.org.api.role.AccessLevel;
import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.DealStageRule;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.org.api.role.Permission;
import io.salescrm.platform.access.model.AccessEmployee;
import io.salescrm.platform.access.model.AccessModel;
import io.salescrm.platform.access.model.AccessRole;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The access rules (DESIGN §4), evaluated where the data is. For an employee, an entity and an action, each role
 * that applies to him (assigned to him directly or to any unit he belongs to, primary or further) gives a level;
 * a deactivated or unknown employee has none. {@link #levelFor} is the most generous of them (AccessLevel's
 * order); {@link #scopeFor} is the union of what each of them reaches, so that e.g. SUBDEPARTMENTS from one role
 * and OPEN from another give the sub-departments' records <em>and</em> the open ones:
 * <ul>
 *   <li>OWN: records the employee is responsible for;</li>
 *   <li>DEPARTMENT: also those of every member of his units;</li>
 *   <li>SUBDEPARTMENTS: also those of every member of the units below his, at any depth;</li>
 *   <li>OPEN: his own plus every record marked open;</li>
 *   <li>ALL: everything.</li>
 * </ul>
 * Deal levels can be narrowed per pipeline and stage ({@link DealStageRule}): a rule for the stage replaces the
 * role's level for the actions it lists, else a rule for the whole pipeline does, else the role's general level
 * applies. Everything is read from the access read model on each call, so changes apply within seconds.
 */
public class AccessPolicy {

    private final AccessModel model;
    private final CurrentEmployee current;

    public AccessPolicy(AccessModel model, CurrentEmployee current) {
        this.model = model;
        this.current = current;
    }

    // --- for any employee --------------------------------------------------------------------------------------

    public AccessLevel levelFor(String employeeId, EntityType entity, Action action) {
        return levelFor(employeeId, entity, action, null, null);
    }

    /** The level on deals of pipeline {@code pipelineId} in stage {@code stageId} (either may be null). */
    public AccessLevel levelFor(String employeeId, EntityType entity, Action action, String pipelineId, String stageId) {
        return grants(employeeId).levels(entity, action, pipelineId, stageId).stream()
                .reduce(AccessLevel.NONE, AccessLevel::max);
    }

    public AccessScope scopeFor(String employeeId, EntityType entity, Action action) {
        return scopeFor(employeeId, entity, action, null, null);
    }

    public AccessScope scopeFor(String employeeId, EntityType entity, Action action, String pipelineId, String stageId) {
        Grants grants = grants(employeeId);
        return grants.scope(grants.levels(entity, action, pipelineId, stageId));
    }

    /** Whether the employee may move a deal of the pipeline into the stage, judged by the rules of the whole pipeline. */
    public boolean mayMoveDealInto(String employeeId, String pipelineId, String stageId) {
        return mayMoveDeal(employeeId, pipelineId, null, stageId);
    }

    /**
     * Whether the employee may move a deal of the pipeline from one stage into another: some role of his must
     * allow writing deals there, and the target must be among the allowed target stages of that role's rule for
     * the pipeline and of its rule for the source stage, where those rules list any.
     */
    public boolean mayMoveDeal(String employeeId, String pipelineId, String fromStageId, String toStageId) {
        Grants grants = grants(employeeId);
        for (AccessRole role : grants.roles) {
            if (Grants.level(role, EntityType.DEAL, Action.WRITE, pipelineId, toStageId) == AccessLevel.NONE) {
                continue;
            }
            boolean allowed = rule(role, pipelineId, null).map(r -> allowsTarget(r, toStageId)).orElse(true)
                    && (fromStageId == null || rule(role, pipelineId, fromStageId).map(r -> allowsTarget(r, toStageId)).orElse(true));
            if (allowed) {
                return true;
            }
        }
        return false;
    }

    // --- for the caller of the current request -------------------------------------------------------------------

    /** The caller's scope for the entity and action. */
    public AccessScope scope(EntityType entity, Action action) {
        return scopeFor(current.id(), entity, action);
    }

    /** The caller's scope, or a 403 problem when it is empty (e.g. a list the caller may not see at all). */
    public AccessScope requireScope(EntityType entity, Action action) {
        AccessScope scope = scope(entity, action);
        if (scope.isNone()) {
            throw new AccessDeniedProblem(entity, action, "Your roles give no " + action + " access to " + entity + ".");
        }
        return scope;
    }

    /** For commands: the caller may do {@code action} on a record of {@code entity} with this responsible and open flag, or a 403 problem. */
    public void require(EntityType entity, Action action, String responsibleId, boolean open) {
        if (!scope(entity, action).covers(responsibleId, open)) {
            throw new AccessDeniedProblem(entity, action,
                    "Your roles do not allow " + action + " on this " + entity + " (responsible: " + responsibleId + ").");
        }
    }

    // --- evaluation ----------------------------------------------------------------------------------------------

    private Grants grants(String employeeId) {
        Optional<AccessEmployee> employee = model.employee(employeeId).filter(AccessEmployee::active);
        return employee.map(e -> new Grants(e, model.rolesOf(e))).orElseGet(() -> new Grants(null, List.of()));
    }

    private static Optional<DealStageRule> rule(AccessRole role, String pipelineId, String stageId) {
        if (pipelineId == null) {
            return Optional.empty();
        }
        return role.dealRules().stream()
                .filter(r -> pipelineId.equals(r.pipelineId()) && Objects.equals(stageId, r.stageId()))
                .findFirst();
    }

    private static boolean allowsTarget(DealStageRule rule, String toStageId) {
        return rule.allowedTargetStageIds() == null || rule.allowedTargetStageIds().contains(toStageId);
    }

    private final class Grants {

        final AccessEmployee employee;
        final List<AccessRole> roles;

        Grants(AccessEmployee employee, List<AccessRole> roles) {
            this.employee = employee;
            this.roles = roles;
        }

        Set<AccessLevel> levels(EntityType entity, Action action, String pipelineId, String stageId) {
            Set<AccessLevel> levels = EnumSet.noneOf(AccessLevel.class);
            for (AccessRole role : roles) {
                levels.add(level(role, entity, action, pipelineId, stageId));
            }
            return levels;
        }

        static AccessLevel level(AccessRole role, EntityType entity, Action action, String pipelineId, String stageId) {
            if (entity == EntityType.DEAL && pipelineId != null) {
                Optional<AccessLevel> narrowed = stageId == null ? Optional.empty()
                        : rule(role, pipelineId, stageId).flatMap(r -> cell(r.permissions(), entity, action));
                if (narrowed.isEmpty()) {
                    narrowed = rule(role, pipelineId, null).flatMap(r -> cell(r.permissions(), entity, action));
                }
                if (narrowed.isPresent()) {
                    return narrowed.get();
                }
            }
            return cell(role.permissions(), entity, action).orElse(AccessLevel.NONE);
        }

        static Optional<AccessLevel> cell(List<Permission> permissions, EntityType entity, Action action) {
            if (permissions == null) {
                return Optional.empty();
            }
            return permissions.stream()
                    .filter(p -> p.entity() == entity && p.action() == action && p.level() != null)
                    .map(Permission::level)
                    .reduce(AccessLevel::max);
        }

        AccessScope scope(Set<AccessLevel> levels) {
            if (levels.contains(AccessLevel.ALL)) {
                return AccessScope.ALL;
            }
            Set<String> responsible = new HashSet<>();
            boolean open = levels.contains(AccessLevel.OPEN);
            if (levels.stream().anyMatch(l -> l != AccessLevel.NONE)) {
                responsible.add(employee.id());
            }
            if (levels.contains(AccessLevel.SUBDEPARTMENTS)) {
                responsible.addAll(model.membersOf(model.withDescendants(employee.unitIds())));
            } else if (levels.contains(AccessLevel.DEPARTMENT)) {
                responsible.addAll(model.membersOf(employee.unitIds()));
            }
            return AccessScope.of(responsible, open);
        }
    }
}
