package io.salescrm.org.api.employee;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Makes another open unit the employee's primary unit. */
public record MoveEmployeeCommand(@TargetAggregateIdentifier String employeeId, String unitId) {
}
