package io.salescrm.org.api.employee;

import org.axonframework.serialization.Revision;

/** An employee stopped being a member of a further unit. */
@Revision("1")
public record EmployeeLeftUnitEvent(String employeeId, String unitId) {
}
