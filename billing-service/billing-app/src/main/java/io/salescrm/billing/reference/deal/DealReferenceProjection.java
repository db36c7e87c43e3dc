package io.salescrm.billing.reference.deal;

import io.salescrm.billing.reference.ReferenceWriter;
import io.salescrm.pipeline.api.deal.DealCreatedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.util.List;

@Component
@ProcessingGroup(ReferenceWriter.PROCESSING_GROUP)
class DealReferenceProjection {

    private final ReferenceWriter writer;

    DealReferenceProjection(ReferenceWriter writer) {
        this.writer = writer;
    }

    @EventHandler
    void on(DealCreatedEvent event, @SequenceNumber long sequence) {
        writer.apply(DealReference.class, event.dealId(), sequence, DealReference::version,
                current -> new DealReference(event.dealId(), event.title(), event.amount(), event.currency(),
                        event.responsibleId(), event.open(), null, List.of(), List.of(), sequence));
    }
}
