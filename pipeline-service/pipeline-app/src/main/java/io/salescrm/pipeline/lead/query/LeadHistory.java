package io.salescrm.pipeline.lead.query;

import io.salescrm.pipeline.history.EventHistory;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/** A lead as it was at a past instant, folded from the event store through the projection's {@link LeadView#evolve}. */
@Component
public class LeadHistory {

    private final EventHistory history;

    public LeadHistory(EventHistory history) {
        this.history = history;
    }

    /** The lead as of {@code asOf}; empty when it did not exist yet or was removed by then. */
    public Optional<LeadView> asOf(String leadId, Instant asOf) {
        LeadView view = null;
        for (DomainEventMessage<?> event : history.eventsUntil(leadId, asOf)) {
            if (!"Lead".equals(event.getType())) {
                return Optional.empty();
            }
            view = LeadView.evolve(view, event.getPayload(), event.getSequenceNumber(), event.getTimestamp());
        }
        return Optional.ofNullable(view).filter(lead -> !lead.isRemoved());
    }
}
