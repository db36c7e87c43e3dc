package io.salescrm.catalog.template.query;

import io.salescrm.catalog.api.template.TemplateKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** The latest version of a template, in MongoDB collection {@code templates}. */
@Document(TemplateView.COLLECTION)
public record TemplateView(
        @Id String id,
        @Indexed TemplateKind kind,
        @Indexed String name,
        String subject,
        String body,
        long version,
        Instant createdAt,
        Instant changedAt) {

    public static final String COLLECTION = "templates";
}
