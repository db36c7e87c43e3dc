package io.salescrm.org.api.employee;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Stops an employee from signing in and being given work; refused for the last active administrator. */
public record DeactivateEmployeeCommand(@TargetAggregateIdentifier String employeeId) {
}
