package io.salescrm.billing.reference.catalog;

import io.salescrm.billing.reference.ReferenceWriter;
import io.salescrm.catalog.api.template.TemplateChangedEvent;
import io.salescrm.catalog.api.template.TemplateCreatedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Guarded by the template's version number, which each event carries, so an older version never wins. */
@Component
@ProcessingGroup(ReferenceWriter.PROCESSING_GROUP)
class TemplateReferenceProjection {

    private final ReferenceWriter writer;

    TemplateReferenceProjection(ReferenceWriter writer) {
        this.writer = writer;
    }

    @EventHandler
    void on(TemplateCreatedEvent e) {
        writer.apply(TemplateReference.class, e.templateId(), e.version(), TemplateReference::version,
                current -> new TemplateReference(e.templateId(), e.kind(), e.name(), e.subject(), e.body(), e.version()));
    }

    @EventHandler
    void on(TemplateChangedEvent e) {
        writer.apply(TemplateReference.class, e.templateId(), e.version(), TemplateReference::version,
                current -> new TemplateReference(e.templateId(), e.kind(), e.name(), e.subject(), e.body(), e.version()));
    }
}
