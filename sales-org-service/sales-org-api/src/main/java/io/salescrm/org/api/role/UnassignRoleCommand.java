package io.salescrm.org.api.role;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Takes a role away from an employee or a unit; refused when the subject does not hold it, and when it would
 * leave the company without an active administrator.
 */
public record UnassignRoleCommand(@TargetAggregateIdentifier String roleId, RoleSubject subjectType, String subjectId) {
}
