package io.salescrm.org.api.employee;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Creates an employee account in an open primary unit. The password is not part of the command: the service
 * stores its hash beside the event store, in the same transaction.
 */
public record HireEmployeeCommand(
        @TargetAggregateIdentifier String employeeId,
        String login,
        String fullName,
        String email,
        String position,
        String primaryUnitId) {
}
