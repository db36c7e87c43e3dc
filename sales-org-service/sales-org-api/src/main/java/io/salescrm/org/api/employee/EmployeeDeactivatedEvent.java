package io.salescrm.org.api.employee;

import org.axonframework.serialization.Revision;

/** An employee can no longer sign in or be given work. */
@Revision("1")
public record EmployeeDeactivatedEvent(String employeeId) {
}
