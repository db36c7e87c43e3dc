package io.salescrm.org.api.role;

import org.axonframework.serialization.Revision;

/** A role now applies to an employee, or to every member of a unit. */
@Revision("1")
public record RoleAssignedEvent(String roleId, RoleSubject subjectType, String subjectId) {
}
