package io.salescrm.org.api.orgunit;

import org.axonframework.serialization.Revision;

/** A unit was closed; it keeps its history but takes no new members. */
@Revision("1")
public record OrgUnitClosedEvent(String structureId, String unitId) {
}
