package io.salescrm.org.api.employee;

import org.axonframework.serialization.Revision;

/** An employee's name, email or position changed. */
@Revision("1")
public record EmployeeProfileChangedEvent(String employeeId, String fullName, String email, String position) {
}
