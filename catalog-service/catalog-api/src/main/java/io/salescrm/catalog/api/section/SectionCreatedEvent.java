package io.salescrm.catalog.api.section;

import org.axonframework.serialization.Revision;

/** A section joined the tree; {@code parentSectionId} is null for a top-level section. */
@Revision("1")
public record SectionCreatedEvent(String treeId, String sectionId, String name, String parentSectionId) {
}
