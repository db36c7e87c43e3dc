package io.salescrm.org.api.role;

import org.axonframework.serialization.Revision;

/** A custom role was deleted; its assignments end with it. */
@Revision("1")
public record RoleDeletedEvent(String roleId) {
}
