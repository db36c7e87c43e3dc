package io.salescrm.org.api.role;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Replaces a role's name, its whole permission matrix and its deal rules; an identical matrix changes nothing. */
public record ChangeRolePermissionsCommand(
        @TargetAggregateIdentifier String roleId,
        String name,
        List<Permission> permissions,
        List<DealStageRule> dealRules) {
}
