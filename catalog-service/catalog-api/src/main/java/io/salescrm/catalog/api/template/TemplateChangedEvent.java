package io.salescrm.catalog.api.template;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A new version of a template was saved; it carries the full text of that version. Earlier versions stay readable. */
@Revision("1")
public record TemplateChangedEvent(
        String templateId,
        TemplateKind kind,
        String name,
        String subject,
        String body,
        long version,
        Instant changedAt,
        String changedBy) {
}
