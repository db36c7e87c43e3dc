package io.salescrm.billing.reference.catalog;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A catalog section's place in the tree (promotions on a section cover the sections below it). */
@Document("ref_sections")
public record SectionReference(@Id String id, String parentId, long version) {
}
