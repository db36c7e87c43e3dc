package io.salescrm.org.api.orgunit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Adds a unit to the org tree. The first unit ever created must be the {@link OrgUnitKind#COMPANY} (without a
 * parent); departments and sales groups go under any open unit. {@code structureId} is always {@link OrgStructure#ID}.
 */
public record CreateOrgUnitCommand(
        @TargetAggregateIdentifier String structureId,
        String unitId,
        OrgUnitKind kind,
        String name,
        String parentUnitId) {
}
