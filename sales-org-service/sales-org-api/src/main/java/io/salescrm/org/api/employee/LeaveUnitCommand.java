package io.salescrm.org.api.employee;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Ends the employee's membership of a further unit (the primary unit is changed by moving instead). */
public record LeaveUnitCommand(@TargetAggregateIdentifier String employeeId, String unitId) {
}
