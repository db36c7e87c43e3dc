package io.salescrm.org.role.web;

import io.salescrm.org.api.role.DealStageRule;
import io.salescrm.org.api.role.Permission;
import io.salescrm.org.api.role.RoleSubject;
import io.salescrm.org.role.query.RoleAssignmentView;
import io.salescrm.org.role.query.RoleView;

import java.time.Instant;
import java.util.List;

/** What the role endpoints answer. */
public final class RoleResponses {

    private RoleResponses() {
    }

    public record RoleCreated(String id) {
    }

    public record RoleChanged(String id, boolean changed) {
    }

    /** A role; {@code predefinedKey} is null for custom roles. */
    public record RoleDetails(String id, String name, String predefinedKey, List<Permission> permissions,
                              List<DealStageRule> dealRules, Instant definedAt, Instant changedAt, long version) {

        static RoleDetails of(RoleView view) {
            return new RoleDetails(view.id(), view.name(), view.predefinedKey(), view.permissions(),
                    view.dealRules() == null ? List.of() : view.dealRules(), view.definedAt(), view.changedAt(), view.version());
        }
    }

    public record RolePage(List<RoleDetails> items, int page, int size, long totalItems) {
    }

    /** One assignment; {@code created} tells a new assignment from one that already existed. */
    public record AssignmentResult(String roleId, RoleSubject subjectType, String subjectId, boolean created) {
    }

    /** A role held by a subject; {@code roleName} as the role is currently named. */
    public record Assignment(String roleId, String roleName, RoleSubject subjectType, String subjectId, Instant assignedAt) {

        static Assignment of(RoleAssignmentView view, String roleName) {
            return new Assignment(view.roleId(), roleName, view.subjectType(), view.subjectId(), view.assignedAt());
        }
    }

    public record AssignmentPage(List<Assignment> items, int page, int size, long totalItems) {
    }
}
