package io.salescrm.catalog.api.section;

import org.axonframework.serialization.Revision;

@Revision("1")
public record SectionRenamedEvent(String treeId, String sectionId, String name) {
}
