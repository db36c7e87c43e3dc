package io.salescrm.org.api.orgunit;

import org.axonframework.serialization.Revision;

/** The head of a unit changed; {@code headEmployeeId} null means the unit has no head now. */
@Revision("1")
public record OrgUnitHeadSetEvent(String structureId, String unitId, String headEmployeeId) {
}
