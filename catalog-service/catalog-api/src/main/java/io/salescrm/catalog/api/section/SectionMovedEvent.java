package io.salescrm.catalog.api.section;

import org.axonframework.serialization.Revision;

/** A section (with its subtree) moved under another parent; null parents mean the top level. */
@Revision("1")
public record SectionMovedEvent(String treeId, String sectionId, String fromParentSectionId, String toParentSectionId) {
}
