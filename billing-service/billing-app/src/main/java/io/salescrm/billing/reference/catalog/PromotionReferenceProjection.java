package io.salescrm.billing.reference.catalog;

import io.salescrm.billing.reference.ReferenceWriter;
import io.salescrm.catalog.api.promotion.PromotionCancelledEvent;
import io.salescrm.catalog.api.promotion.PromotionChangedEvent;
import io.salescrm.catalog.api.promotion.PromotionCreatedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup(ReferenceWriter.PROCESSING_GROUP)
class PromotionReferenceProjection {

    private final ReferenceWriter writer;

    PromotionReferenceProjection(ReferenceWriter writer) {
        this.writer = writer;
    }

    @EventHandler
    void on(PromotionCreatedEvent e, @SequenceNumber long sequence) {
        writer.apply(PromotionReference.class, e.promotionId(), sequence, PromotionReference::version,
                current -> new PromotionReference(e.promotionId(), e.name(), e.kind(), e.value(), e.currency(),
                        PromotionReference.keys(e.targets()), e.validFrom(), e.validTo(), null, e.priority(), sequence));
    }

    @EventHandler
    void on(PromotionChangedEvent e, @SequenceNumber long sequence) {
        writer.applyToExisting(PromotionReference.class, e.promotionId(), sequence, PromotionReference::version,
                p -> new PromotionReference(p.id(), e.name(), e.kind(), e.value(), e.currency(),
                        PromotionReference.keys(e.targets()), e.validFrom(), e.validTo(), p.cancelledAt(), e.priority(), sequence));
    }

    @EventHandler
    void on(PromotionCancelledEvent e, @SequenceNumber long sequence) {
        writer.applyToExisting(PromotionReference.class, e.promotionId(), sequence, PromotionReference::version,
                p -> new PromotionReference(p.id(), p.name(), p.kind(), p.value(), p.currency(), p.targetKeys(),
                        p.validFrom(), p.validTo(), e.cancelledAt(), p.priority(), sequence));
    }
}
