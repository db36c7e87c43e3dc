package io.salescrm.catalog.template.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** One saved version of a template (id {@code <templateId>:<version>}), in MongoDB collection {@code template_versions}. */
@Document(TemplateVersionView.COLLECTION)
public record TemplateVersionView(
        @Id String id,
        @Indexed String templateId,
        long version,
        String name,
        String subject,
        String body,
        Instant savedAt,
        String savedBy) {

    public static final String COLLECTION = "template_versions";

    public static String idOf(String templateId, long version) {
        return templateId + ":" + version;
    }
}
