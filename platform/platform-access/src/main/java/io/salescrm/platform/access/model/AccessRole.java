package io.salescrm.platform.access.model;

import io.salescrm.org.api.role.DealStageRule;
import io.salescrm.org.api.role.Permission;
import io.salescrm.org.api.role.RoleSubject;
import org.springframework.data.annotation.Id;

import java.util.List;

/**
 * One role in collection {@value #COLLECTION}: its permission matrix, its deal rules per pipeline and stage, and
 * whom it is assigned to ({@code subjects}: {@code EMPLOYEE:<id>} or {@code UNIT:<id>}, one indexed array, so
 * the roles of an employee are found with one query). Assignments are events of the role aggregate, so they
 * are guarded by the role's {@code sequence} like its matrix.
 */
public record AccessRole(@Id String id, String name, String predefinedKey, List<Permission> permissions,
                         List<DealStageRule> dealRules, List<String> subjects, boolean deleted, long sequence) {

    public static final String COLLECTION = "access_roles";

    public AccessRole {
        permissions = permissions == null ? List.of() : List.copyOf(permissions);
        dealRules = dealRules == null ? List.of() : List.copyOf(dealRules);
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
    }

    public static String subject(RoleSubject type, String id) {
        return type.name() + ":" + id;
    }
}
