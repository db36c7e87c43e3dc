package io.salescrm.billing.reference.catalog;

import io.salescrm.catalog.api.template.TemplateKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The latest version of a catalog offer or letter template, with its full text, rendered here with the catalog's
 * shared renderer ({@code TemplateText}). {@code version} is the template's own version number.
 */
@Document("ref_templates")
public record TemplateReference(@Id String id, TemplateKind kind, String name, String subject, String body, long version) {
}
