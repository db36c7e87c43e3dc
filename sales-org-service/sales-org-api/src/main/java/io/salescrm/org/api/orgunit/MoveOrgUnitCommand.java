package io.salescrm.org.api.orgunit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Moves a unit (with its whole subtree) under another open parent; never under itself or its own descendants. */
public record MoveOrgUnitCommand(@TargetAggregateIdentifier String structureId, String unitId, String parentUnitId) {
}
