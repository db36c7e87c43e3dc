package io.salescrm.org.api.employee;

import org.axonframework.serialization.Revision;

/** An employee's primary unit changed. */
@Revision("1")
public record EmployeeMovedEvent(String employeeId, String fromUnitId, String toUnitId) {
}
