package io.salescrm.org.api.employee;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Lets a deactivated employee sign in and be given work again. */
public record ReactivateEmployeeCommand(@TargetAggregateIdentifier String employeeId) {
}
