package io.salescrm.catalog.api.template;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A template was created as version 1. It carries the full text, so a consumer (billing) can keep its own read
 * model of templates and render them with the shared renderer.
 */
@Revision("1")
public record TemplateCreatedEvent(
        String templateId,
        TemplateKind kind,
        String name,
        String subject,
        String body,
        long version,
        Instant createdAt,
        String createdBy) {
}
