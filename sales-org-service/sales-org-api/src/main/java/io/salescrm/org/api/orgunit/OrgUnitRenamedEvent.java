package io.salescrm.org.api.orgunit;

import org.axonframework.serialization.Revision;

/** A unit got a new name. */
@Revision("1")
public record OrgUnitRenamedEvent(String structureId, String unitId, String name) {
}
