package io.salescrm.pipeline.deal.query;

import io.salescrm.pipeline.history.EventHistory;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/**
 * A deal folded from its events in the event store with {@link DealView#evolve}: as it is now (for the command
 * path, which must not act on a read model that is behind) or as it was at a past instant.
 */
@Component
public class DealHistory {

    static final String AGGREGATE_TYPE = "Deal";

    private final EventHistory events;

    public DealHistory(EventHistory events) {
        this.events = events;
    }

    public Optional<DealView> current(String dealId) {
        return asOf(dealId, Instant.MAX);
    }

    /** The deal as it was at {@code asOf}; empty when it did not exist yet (or the id is not a deal's). */
    public Optional<DealView> asOf(String dealId, Instant asOf) {
        DealView view = null;
        for (DomainEventMessage<?> event : events.eventsUntil(dealId, asOf)) {
            if (!AGGREGATE_TYPE.equals(event.getType())) {
                return Optional.empty();
            }
            view = DealView.evolve(view, event.getPayload(), event.getSequenceNumber(), event.getTimestamp());
        }
        return Optional.ofNullable(view);
    }
}
