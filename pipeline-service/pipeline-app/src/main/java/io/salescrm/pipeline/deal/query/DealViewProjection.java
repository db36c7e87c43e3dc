package io.salescrm.pipeline.deal.query;

import io.salescrm.pipeline.api.deal.DealCreatedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code deals} up to date from the local event store. Writing a deal is an upsert keyed by its id, so a
 * replayed event leaves the same document behind.
 */
@Component
@ProcessingGroup("deal-view")
public class DealViewProjection {

    private final DealViewRepository deals;

    public DealViewProjection(DealViewRepository deals) {
        this.deals = deals;
    }

    @EventHandler
    void on(DealCreatedEvent event, @SequenceNumber long sequence) {
        deals.save(new DealView(event.dealId(), event.title(), event.amount(), event.currency(), event.createdAt(),
                event.responsibleId(), event.open(), sequence));
    }
}
