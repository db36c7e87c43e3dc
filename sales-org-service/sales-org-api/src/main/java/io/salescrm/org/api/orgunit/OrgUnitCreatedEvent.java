package io.salescrm.org.api.orgunit;

import org.axonframework.serialization.Revision;

/**
 * A unit joined the org tree; {@code parentUnitId} is null only for the company. All org-tree events belong to one
 * aggregate, the structure {@code structureId}, so they are totally ordered.
 */
@Revision("1")
public record OrgUnitCreatedEvent(String structureId, String unitId, OrgUnitKind kind, String name, String parentUnitId) {
}
