package io.salescrm.org.role;

import io.salescrm.org.api.role.AccessLevel;
import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.DealStageRule;
import io.salescrm.org.api.role.DefineRoleCommand;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.org.api.role.Permission;
import io.salescrm.org.api.role.RoleDefinedEvent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test data for roles: a valid custom role by default, varied one part at a time. */
public final class RoleMother {

    public static final String NAME = "Key accounts";

    private RoleMother() {
    }

    /** Deal and lead cells of a key-account manager, in canonical order (entity, then action). */
    public static List<Permission> cells() {
        return List.of(
                new Permission(EntityType.LEAD, Action.READ, AccessLevel.DEPARTMENT),
                new Permission(EntityType.DEAL, Action.READ, AccessLevel.DEPARTMENT),
                new Permission(EntityType.DEAL, Action.WRITE, AccessLevel.OWN));
    }

    public static DealStageRule dealRule() {
        return new DealStageRule("pipeline-1", "stage-won",
                List.of(new Permission(EntityType.DEAL, Action.WRITE, AccessLevel.NONE)), List.of("stage-lost"));
    }

    public static DefineRoleCommand define(String roleId) {
        return new DefineRoleCommand(roleId, NAME, null, cells(), List.of(dealRule()));
    }

    public static RoleDefinedEvent defined(String roleId) {
        return new RoleDefinedEvent(roleId, NAME, null, cells(), List.of(dealRule()));
    }

    public static RoleDefinedEvent definedPredefined(String roleId, String key) {
        return new RoleDefinedEvent(roleId, key, key, cells(), List.of());
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** A JSON body for POST /roles and PUT /roles/{id}. */
    public static Map<String, Object> roleBody(String name, List<?> permissions, List<?> dealRules) {
        var body = new LinkedHashMap<String, Object>();
        body.put("name", name);
        body.put("permissions", permissions);
        body.put("dealRules", dealRules);
        return body;
    }

    public static Map<String, Object> roleBody(String name) {
        return roleBody(name, List.of(cell("DEAL", "READ", "OWN"), cell("LEAD", "READ", "DEPARTMENT")), List.of());
    }

    public static Map<String, Object> cell(String entity, String action, String level) {
        var cell = new LinkedHashMap<String, Object>();
        cell.put("entity", entity);
        cell.put("action", action);
        cell.put("level", level);
        return cell;
    }

    public static Map<String, Object> dealRuleBody(String pipelineId, String stageId, List<?> permissions, List<String> targets) {
        var rule = new LinkedHashMap<String, Object>();
        rule.put("pipelineId", pipelineId);
        rule.put("stageId", stageId);
        rule.put("permissions", permissions);
        rule.put("allowedTargetStageIds", targets == null ? null : new ArrayList<>(targets));
        return rule;
    }

    public static Map<String, Object> assignmentBody(String subjectType, String subjectId) {
        var body = new LinkedHashMap<String, Object>();
        body.put("subjectType", subjectType);
        body.put("subjectId", subjectId);
        return body;
    }
}
