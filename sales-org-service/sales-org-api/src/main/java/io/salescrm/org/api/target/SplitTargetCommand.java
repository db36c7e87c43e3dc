package io.salescrm.org.api.target;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Splits a target across units or employees, replacing its previous split as a new split revision. A final split
 * ({@code draft} false) must add up exactly to the target; each part then becomes (or updates) a child target.
 * A draft is kept even when it does not add up and touches no child target until it is finalised.
 */
public record SplitTargetCommand(
        @TargetAggregateIdentifier String targetId,
        List<SplitPartSpec> parts,
        boolean draft,
        String note,
        Integer expectedRevision) {
}
