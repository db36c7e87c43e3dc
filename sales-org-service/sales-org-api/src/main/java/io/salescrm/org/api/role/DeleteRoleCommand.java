package io.salescrm.org.api.role;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Deletes a custom role and with it its assignments; refused for the predefined roles. */
public record DeleteRoleCommand(@TargetAggregateIdentifier String roleId) {
}
