package io.salescrm.billing.reference.catalog;

import io.salescrm.billing.reference.ReferenceWriter;
import io.salescrm.catalog.api.section.SectionCreatedEvent;
import io.salescrm.catalog.api.section.SectionMovedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup(ReferenceWriter.PROCESSING_GROUP)
class SectionReferenceProjection {

    private final ReferenceWriter writer;

    SectionReferenceProjection(ReferenceWriter writer) {
        this.writer = writer;
    }

    @EventHandler
    void on(SectionCreatedEvent event, @SequenceNumber long sequence) {
        writer.apply(SectionReference.class, event.sectionId(), sequence, SectionReference::version,
                current -> new SectionReference(event.sectionId(), event.parentSectionId(), sequence));
    }

    @EventHandler
    void on(SectionMovedEvent event, @SequenceNumber long sequence) {
        writer.applyToExisting(SectionReference.class, event.sectionId(), sequence, SectionReference::version,
                s -> new SectionReference(s.id(), event.toParentSectionId(), sequence));
    }
}
