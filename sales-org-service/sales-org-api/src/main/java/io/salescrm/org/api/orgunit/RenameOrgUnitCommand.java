package io.salescrm.org.api.orgunit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives a unit a new name, unique among its open siblings. */
public record RenameOrgUnitCommand(@TargetAggregateIdentifier String structureId, String unitId, String name) {
}
