package io.salescrm.org.api.employee;

import org.axonframework.serialization.Revision;

/** An employee account was created in its primary unit. Credentials never travel in events. */
@Revision("1")
public record EmployeeHiredEvent(String employeeId, String login, String fullName, String email, String position, String primaryUnitId) {
}
