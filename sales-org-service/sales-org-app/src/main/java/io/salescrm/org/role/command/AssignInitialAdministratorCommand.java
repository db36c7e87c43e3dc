package io.salescrm.org.role.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Gives the Administrator role to the installation's initial administrator, unless the role was ever assigned
 * to anyone before: repeating it on every start changes nothing, and an administrator who was later relieved
 * of the role by others does not get it back by a restart. Sent only by the first-start runner.
 */
public record AssignInitialAdministratorCommand(@TargetAggregateIdentifier String roleId, String employeeId) {
}
