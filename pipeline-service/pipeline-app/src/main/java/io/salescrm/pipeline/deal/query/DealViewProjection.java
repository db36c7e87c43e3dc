package io.salescrm.pipeline.deal.query;

import io.salescrm.pipeline.api.deal.DealCompanySetEvent;
import io.salescrm.pipeline.api.deal.DealContactAttachedEvent;
import io.salescrm.pipeline.api.deal.DealContactDetachedEvent;
import io.salescrm.pipeline.api.deal.DealCreatedEvent;
import io.salescrm.pipeline.api.deal.DealDetailsChangedEvent;
import io.salescrm.pipeline.api.deal.DealLostEvent;
import io.salescrm.pipeline.api.deal.DealMovedToPipelineEvent;
import io.salescrm.pipeline.api.deal.DealMovedToStageEvent;
import io.salescrm.pipeline.api.deal.DealProductRowsSetEvent;
import io.salescrm.pipeline.api.deal.DealReassignedEvent;
import io.salescrm.pipeline.api.deal.DealReopenedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code deals} up to date from the local event store with {@link DealView#evolve}. An event at or below
 * the stored version has been applied already and is skipped, so a redelivered or replayed event leaves the same
 * document behind.
 */
@Component
@ProcessingGroup("deal-view")
public class DealViewProjection {

    private final MongoTemplate mongo;

    public DealViewProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(DealCreatedEvent event, DomainEventMessage<DealCreatedEvent> message) {
        if (mongo.findById(event.dealId(), DealView.class) == null) {
            mongo.save(DealView.evolve(null, event, message.getSequenceNumber(), message.getTimestamp()));
        }
    }

    @EventHandler
    void on(DealDetailsChangedEvent event, DomainEventMessage<?> message) {
        apply(message);
    }

    @EventHandler
    void on(DealProductRowsSetEvent event, DomainEventMessage<?> message) {
        apply(message);
    }

    @EventHandler
    void on(DealMovedToStageEvent event, DomainEventMessage<?> message) {
        apply(message);
    }

    @EventHandler
    void on(DealLostEvent event, DomainEventMessage<?> message) {
        apply(message);
    }

    @EventHandler
    void on(DealReopenedEvent event, DomainEventMessage<?> message) {
        apply(message);
    }

    @EventHandler
    void on(DealMovedToPipelineEvent event, DomainEventMessage<?> message) {
        apply(message);
    }

    @EventHandler
    void on(DealReassignedEvent event, DomainEventMessage<?> message) {
        apply(message);
    }

    @EventHandler
    void on(DealContactAttachedEvent event, DomainEventMessage<?> message) {
        apply(message);
    }

    @EventHandler
    void on(DealContactDetachedEvent event, DomainEventMessage<?> message) {
        apply(message);
    }

    @EventHandler
    void on(DealCompanySetEvent event, DomainEventMessage<?> message) {
        apply(message);
    }

    private void apply(DomainEventMessage<?> message) {
        DealView current = mongo.findById(message.getAggregateIdentifier(), DealView.class);
        if (current != null && message.getSequenceNumber() > current.version()) {
            mongo.save(DealView.evolve(current, message.getPayload(), message.getSequenceNumber(), message.getTimestamp()));
        }
    }
}
