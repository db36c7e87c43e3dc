package io.salescrm.org.api.employee;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces an employee's name, email and position. */
public record ChangeEmployeeProfileCommand(
        @TargetAggregateIdentifier String employeeId,
        String fullName,
        String email,
        String position) {
}
