package io.salescrm.org.api.role;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * A role was defined; {@code predefinedKey} names the built-in roles (ADMINISTRATOR, HEAD_OF_SALES, GROUP_HEAD,
 * MANAGER, ANALYST), null for custom ones. Cells not listed are NONE.
 */
@Revision("1")
public record RoleDefinedEvent(String roleId, String name, String predefinedKey, List<Permission> permissions, List<DealStageRule> dealRules) {
}
