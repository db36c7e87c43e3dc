package io.salescrm.catalog.api.section;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Archives a section that has no active sub-sections; its products stay where they are. */
public record ArchiveSectionCommand(@TargetAggregateIdentifier String treeId, String sectionId) {
}
