package io.salescrm.org.api.orgunit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Closes a unit that has no open child units and no active members. The company cannot be closed. */
public record CloseOrgUnitCommand(@TargetAggregateIdentifier String structureId, String unitId) {
}
