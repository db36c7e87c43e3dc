package io.salescrm.org.api.orgunit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Makes an active employee the head of a unit; {@code headEmployeeId} null removes the head. */
public record SetOrgUnitHeadCommand(@TargetAggregateIdentifier String structureId, String unitId, String headEmployeeId) {
}
