package io.salescrm.catalog.section.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A catalog section as read: MongoDB collection {@code catalog_sections}. */
@Document(SectionView.COLLECTION)
public record SectionView(@Id String id, String name, @Indexed String parentSectionId, boolean archived) {

    public static final String COLLECTION = "catalog_sections";
}
