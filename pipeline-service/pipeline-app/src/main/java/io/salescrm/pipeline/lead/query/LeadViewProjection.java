package io.salescrm.pipeline.lead.query;

import io.salescrm.pipeline.api.lead.LeadAbsorbedEvent;
import io.salescrm.pipeline.api.lead.LeadAssignedEvent;
import io.salescrm.pipeline.api.lead.LeadConvertedEvent;
import io.salescrm.pipeline.api.lead.LeadCreatedEvent;
import io.salescrm.pipeline.api.lead.LeadDetailsChangedEvent;
import io.salescrm.pipeline.api.lead.LeadDistributionFailedEvent;
import io.salescrm.pipeline.api.lead.LeadMergedIntoEvent;
import io.salescrm.pipeline.api.lead.LeadRemovedEvent;
import io.salescrm.pipeline.api.lead.LeadStatusChangedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Keeps {@code leads} up to date from the local event store through {@link LeadView#evolve}. A redelivered or
 * replayed event is at or below the stored version and leaves the document as it is.
 */
@Component
@ProcessingGroup("lead-view")
public class LeadViewProjection {

    private final MongoTemplate mongo;

    public LeadViewProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(LeadCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        project(event.leadId(), event, sequence, timestamp);
    }

    @EventHandler
    void on(LeadDetailsChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        project(event.leadId(), event, sequence, timestamp);
    }

    @EventHandler
    void on(LeadStatusChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        project(event.leadId(), event, sequence, timestamp);
    }

    @EventHandler
    void on(LeadAssignedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        project(event.leadId(), event, sequence, timestamp);
    }

    @EventHandler
    void on(LeadDistributionFailedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        project(event.leadId(), event, sequence, timestamp);
    }

    @EventHandler
    void on(LeadConvertedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        project(event.leadId(), event, sequence, timestamp);
    }

    @EventHandler
    void on(LeadMergedIntoEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        project(event.leadId(), event, sequence, timestamp);
    }

    @EventHandler
    void on(LeadAbsorbedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        project(event.leadId(), event, sequence, timestamp);
    }

    @EventHandler
    void on(LeadRemovedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        project(event.leadId(), event, sequence, timestamp);
    }

    private void project(String leadId, Object event, long sequence, Instant timestamp) {
        LeadView before = mongo.findById(leadId, LeadView.class);
        long versionBefore = before == null ? -1 : before.getVersion();
        LeadView after = LeadView.evolve(before, event, sequence, timestamp);
        if (after != null && after.getVersion() != versionBefore) {
            mongo.save(after);
        }
    }
}
