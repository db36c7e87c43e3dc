package io.salescrm.org.role.config;

import io.salescrm.org.api.role.AccessLevel;
import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.org.api.role.Permission;
import io.salescrm.org.api.role.PredefinedRoles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.salescrm.org.api.role.AccessLevel.ALL;
import static io.salescrm.org.api.role.AccessLevel.OPEN;
import static io.salescrm.org.api.role.AccessLevel.OWN;
import static io.salescrm.org.api.role.AccessLevel.SUBDEPARTMENTS;
import static io.salescrm.org.api.role.Action.ADD;
import static io.salescrm.org.api.role.Action.DELETE;
import static io.salescrm.org.api.role.Action.EXPORT;
import static io.salescrm.org.api.role.Action.READ;
import static io.salescrm.org.api.role.Action.WRITE;
import static io.salescrm.org.api.role.EntityType.ANALYTICS;
import static io.salescrm.org.api.role.EntityType.COMPANY;
import static io.salescrm.org.api.role.EntityType.CONTACT;
import static io.salescrm.org.api.role.EntityType.DEAL;
import static io.salescrm.org.api.role.EntityType.INVOICE;
import static io.salescrm.org.api.role.EntityType.LEAD;
import static io.salescrm.org.api.role.EntityType.ORG;
import static io.salescrm.org.api.role.EntityType.PRODUCT;
import static io.salescrm.org.api.role.EntityType.QUOTE;
import static io.salescrm.org.api.role.EntityType.TARGET;

/**
 * The built-in roles, defined on first start (see {@link PredefinedRolesRunner}) and editable by administrators
 * afterwards. This is the one place they are written down; {@code sales-org-service/README-roles.md} shows the
 * same table. Each line grants one level for some actions on some entities; cells not granted are NONE.
 */
public final class PredefinedRoleTable {

    /** The entities salespeople work on. */
    static final EntityType[] SALES = {LEAD, CONTACT, COMPANY, DEAL, QUOTE, INVOICE};
    static final Action[] EVERY_ACTION = Action.values();
    static final EntityType[] EVERY_ENTITY = EntityType.values();

    /** A built-in role: its aggregate id, its predefined key (as in RoleDefinedEvent), its initial name and matrix. */
    public record Definition(String roleId, String key, String name, List<Permission> permissions) {
    }

    public static final List<Definition> ROLES = List.of(
            role(PredefinedRoles.ADMINISTRATOR, "ADMINISTRATOR", "Administrator")
                    .grant(EVERY_ENTITY, EVERY_ACTION, ALL)
                    .done(),
            role(PredefinedRoles.HEAD_OF_SALES, "HEAD_OF_SALES", "Head of sales")
                    .grant(SALES, EVERY_ACTION, ALL)
                    .grant(of(TARGET, ANALYTICS), EVERY_ACTION, ALL)
                    .grant(of(PRODUCT, ORG), of(READ), ALL)
                    .done(),
            role(PredefinedRoles.GROUP_HEAD, "GROUP_HEAD", "Group head")
                    .grant(SALES, EVERY_ACTION, SUBDEPARTMENTS)
                    .grant(of(ANALYTICS), EVERY_ACTION, SUBDEPARTMENTS)
                    .grant(of(TARGET), of(READ, WRITE), SUBDEPARTMENTS)
                    .grant(of(PRODUCT), of(READ), ALL)
                    .done(),
            role(PredefinedRoles.MANAGER, "MANAGER", "Manager")
                    .grant(SALES, of(READ), OPEN)
                    .grant(SALES, of(ADD, WRITE, DELETE, EXPORT), OWN)
                    .grant(of(ANALYTICS, TARGET), of(READ), OWN)
                    .grant(of(PRODUCT), of(READ), ALL)
                    .done(),
            role(PredefinedRoles.ANALYST, "ANALYST", "Analyst")
                    .grant(of(ANALYTICS), of(READ, EXPORT), ALL)
                    .done());

    private PredefinedRoleTable() {
    }

    private static Builder role(String roleId, String key, String name) {
        return new Builder(roleId, key, name);
    }

    @SafeVarargs
    private static <T> T[] of(T... values) {
        return values;
    }

    private static final class Builder {
        private final String roleId;
        private final String key;
        private final String name;
        private final Map<String, Permission> cells = new LinkedHashMap<>();

        private Builder(String roleId, String key, String name) {
            this.roleId = roleId;
            this.key = key;
            this.name = name;
        }

        Builder grant(EntityType[] entities, Action[] actions, AccessLevel level) {
            for (EntityType entity : entities) {
                for (Action action : actions) {
                    if (cells.put(entity + "/" + action, new Permission(entity, action, level)) != null) {
                        throw new IllegalStateException(name + " grants " + entity + " x " + action + " twice");
                    }
                }
            }
            return this;
        }

        Definition done() {
            List<Permission> permissions = new ArrayList<>(cells.values());
            permissions.sort((a, b) -> a.entity() != b.entity() ? a.entity().compareTo(b.entity()) : a.action().compareTo(b.action()));
            return new Definition(roleId, key, name, List.copyOf(permissions));
        }
    }

    /** For tests and documentation: the level a built-in role gives to one cell. */
    public static AccessLevel levelOf(String roleId, EntityType entity, Action action) {
        return ROLES.stream().filter(role -> role.roleId().equals(roleId)).findFirst().orElseThrow()
                .permissions().stream().filter(cell -> cell.entity() == entity && cell.action() == action)
                .map(Permission::level).findFirst().orElse(AccessLevel.NONE);
    }
}
