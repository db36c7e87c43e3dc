package io.salescrm.org.api.role;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Defines a role with its whole permission matrix and deal rules. {@code predefinedKey} is set only for the
 * built-in roles (see {@link PredefinedRoles}); custom roles leave it null. Cells not listed are NONE.
 */
public record DefineRoleCommand(
        @TargetAggregateIdentifier String roleId,
        String name,
        String predefinedKey,
        List<Permission> permissions,
        List<DealStageRule> dealRules) {
}
