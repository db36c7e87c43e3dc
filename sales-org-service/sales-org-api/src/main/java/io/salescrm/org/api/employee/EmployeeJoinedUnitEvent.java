package io.salescrm.org.api.employee;

import org.axonframework.serialization.Revision;

/** An employee became a member of a further unit besides the primary one. */
@Revision("1")
public record EmployeeJoinedUnitEvent(String employeeId, String unitId) {
}
