package io.salescrm.org.api.role;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives a role to an employee or to every member of a unit; assigning it again changes nothing. */
public record AssignRoleCommand(@TargetAggregateIdentifier String roleId, RoleSubject subjectType, String subjectId) {
}
