package io.salescrm.org.api.employee;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Makes the employee a member of a further open unit besides the primary one. */
public record JoinUnitCommand(@TargetAggregateIdentifier String employeeId, String unitId) {
}
