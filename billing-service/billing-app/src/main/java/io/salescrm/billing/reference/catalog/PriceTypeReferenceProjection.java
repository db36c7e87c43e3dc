package io.salescrm.billing.reference.catalog;

import io.salescrm.billing.reference.ReferenceWriter;
import io.salescrm.catalog.api.price.BasePriceTypeChangedEvent;
import io.salescrm.catalog.api.price.PriceTypeDefinedEvent;
import io.salescrm.catalog.api.price.PriceTypeRenamedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup(ReferenceWriter.PROCESSING_GROUP)
class PriceTypeReferenceProjection {

    private final ReferenceWriter writer;

    PriceTypeReferenceProjection(ReferenceWriter writer) {
        this.writer = writer;
    }

    @EventHandler
    void on(PriceTypeDefinedEvent event, @SequenceNumber long sequence) {
        writer.apply(PriceTypeReference.class, event.priceTypeId(), sequence, PriceTypeReference::version,
                current -> new PriceTypeReference(event.priceTypeId(), event.name(), event.base(), sequence));
    }

    @EventHandler
    void on(PriceTypeRenamedEvent event, @SequenceNumber long sequence) {
        writer.applyToExisting(PriceTypeReference.class, event.priceTypeId(), sequence, PriceTypeReference::version,
                t -> new PriceTypeReference(t.id(), event.name(), t.base(), sequence));
    }

    @EventHandler
    void on(BasePriceTypeChangedEvent event, @SequenceNumber long sequence) {
        writer.applyToExisting(PriceTypeReference.class, event.priceTypeId(), sequence, PriceTypeReference::version,
                t -> new PriceTypeReference(t.id(), t.name(), true, sequence));
        if (event.previousPriceTypeId() != null) {
            writer.applyToExisting(PriceTypeReference.class, event.previousPriceTypeId(), sequence, PriceTypeReference::version,
                    t -> new PriceTypeReference(t.id(), t.name(), false, sequence));
        }
    }
}
