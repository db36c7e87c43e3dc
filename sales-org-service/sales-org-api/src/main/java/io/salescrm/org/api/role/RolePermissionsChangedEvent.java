package io.salescrm.org.api.role;

import org.axonframework.serialization.Revision;

import java.util.List;

/** A role's name and whole matrix were replaced. */
@Revision("1")
public record RolePermissionsChangedEvent(String roleId, String name, List<Permission> permissions, List<DealStageRule> dealRules) {
}
