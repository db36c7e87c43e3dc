package io.salescrm.pipeline.history;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads an aggregate's events from the event store, the source of truth for "state as of any past instant":
 * a view folded from {@link #eventsUntil} is the entity as it was at that instant.
 */
@Component
public class EventHistory {

    /** No aggregate's history is read beyond this many events in one request (bounded memory). */
    static final int MAX_EVENTS = 100_000;

    private final EventStore eventStore;

    public EventHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /**
     * The events of aggregate {@code aggregateId} with a timestamp at or before {@code asOf}, in order; empty when
     * the aggregate did not exist yet at that instant (or never did).
     */
    public List<DomainEventMessage<?>> eventsUntil(String aggregateId, Instant asOf) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        var stream = eventStore.readEvents(aggregateId);
        while (stream.hasNext() && events.size() < MAX_EVENTS) {
            DomainEventMessage<?> event = stream.next();
            if (event.getTimestamp().isAfter(asOf)) {
                break;
            }
            events.add(event);
        }
        return events;
    }

    /** The aggregate type ("Deal", "Lead", ...) of {@code aggregateId}, if it has any event. */
    public Optional<String> aggregateType(String aggregateId) {
        var stream = eventStore.readEvents(aggregateId);
        return stream.hasNext() ? Optional.ofNullable(stream.next().getType()) : Optional.empty();
    }
}
