package io.salescrm.org.api.orgunit;

import org.axonframework.serialization.Revision;

/** A unit moved under another parent (never under itself or its own descendants). */
@Revision("1")
public record OrgUnitMovedEvent(String structureId, String unitId, String fromParentUnitId, String toParentUnitId) {
}
