package io.salescrm.pipeline.leadimport.job;

import io.salescrm.pipeline.api.lead.LeadAbsorbedEvent;
import io.salescrm.pipeline.api.lead.LeadCreatedEvent;
import io.salescrm.pipeline.api.lead.LeadDetails;
import io.salescrm.pipeline.api.lead.LeadDetailsChangedEvent;
import io.salescrm.pipeline.api.lead.LeadMergedIntoEvent;
import io.salescrm.pipeline.api.lead.LeadRemovedEvent;
import io.salescrm.pipeline.history.EventHistory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/**
 * A lead's details and open flag now, folded from its events in the event store (the source of truth); none for
 * a lead removed or merged away (an import then treats the row as new).
 */
@Component
public class LeadCurrentState {

    public record State(LeadDetails details, boolean open) {
    }

    private final EventHistory history;

    public LeadCurrentState(EventHistory history) {
        this.history = history;
    }

    public Optional<State> of(String leadId) {
        State state = null;
        for (var event : history.eventsUntil(leadId, Instant.now())) {
            Object payload = event.getPayload();
            if (payload instanceof LeadCreatedEvent created) {
                state = new State(created.details(), created.open());
            } else if (payload instanceof LeadDetailsChangedEvent changed) {
                state = new State(changed.details(), changed.open());
            } else if (payload instanceof LeadAbsorbedEvent absorbed && state != null) {
                state = new State(absorbed.details(), state.open());
            } else if (payload instanceof LeadRemovedEvent || payload instanceof LeadMergedIntoEvent) {
                state = null;
            }
        }
        return Optional.ofNullable(state);
    }
}
