package io.salescrm.catalog.api.section;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RenameSectionCommand(@TargetAggregateIdentifier String treeId, String sectionId, String name) {
}
