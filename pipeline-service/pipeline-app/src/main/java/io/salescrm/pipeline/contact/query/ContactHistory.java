package io.salescrm.pipeline.contact.query;

import io.salescrm.pipeline.history.EventHistory;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/** A contact as it was at a past instant, folded from the event store through {@link ContactView#evolve}. */
@Component
public class ContactHistory {

    private final EventHistory history;

    public ContactHistory(EventHistory history) {
        this.history = history;
    }

    /** The contact as of {@code asOf}; empty when it did not exist yet. */
    public Optional<ContactView> asOf(String contactId, Instant asOf) {
        ContactView view = null;
        for (DomainEventMessage<?> event : history.eventsUntil(contactId, asOf)) {
            if (!"Contact".equals(event.getType())) {
                return Optional.empty();
            }
            view = ContactView.evolve(view, event.getPayload(), event.getSequenceNumber(), event.getTimestamp());
        }
        return Optional.ofNullable(view);
    }
}
