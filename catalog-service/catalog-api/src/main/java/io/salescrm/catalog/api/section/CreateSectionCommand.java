package io.salescrm.catalog.api.section;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds a section to the tree, under {@code parentSectionId} or at the top when it is null. */
public record CreateSectionCommand(@TargetAggregateIdentifier String treeId, String sectionId, String name, String parentSectionId) {
}
