package io.salescrm.catalog.api.section;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Moves a section with its subtree under another section (null: to the top); never under itself or a descendant. */
public record MoveSectionCommand(@TargetAggregateIdentifier String treeId, String sectionId, String parentSectionId) {
}
