package io.salescrm.org.api.role;

import org.axonframework.serialization.Revision;

/** A role no longer applies to the subject. */
@Revision("1")
public record RoleUnassignedEvent(String roleId, RoleSubject subjectType, String subjectId) {
}
