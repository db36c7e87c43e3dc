package io.salescrm.pipeline.company.query;

import io.salescrm.pipeline.history.EventHistory;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/** A company as it was at a past instant, folded from the event store through {@link CompanyView#evolve}. */
@Component
public class CompanyHistory {

    private final EventHistory history;

    public CompanyHistory(EventHistory history) {
        this.history = history;
    }

    /** The company as of {@code asOf}; empty when it did not exist yet. */
    public Optional<CompanyView> asOf(String companyId, Instant asOf) {
        CompanyView view = null;
        for (DomainEventMessage<?> event : history.eventsUntil(companyId, asOf)) {
            if (!"Company".equals(event.getType())) {
                return Optional.empty();
            }
            view = CompanyView.evolve(view, event.getPayload(), event.getSequenceNumber(), event.getTimestamp());
        }
        return Optional.ofNullable(view);
    }
}
