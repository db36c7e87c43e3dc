package io.salescrm.org.api.employee;

import org.axonframework.serialization.Revision;

/** A deactivated employee is active again. */
@Revision("1")
public record EmployeeReactivatedEvent(String employeeId) {
}
