package io.salescrm.analytics.lead;

import io.salescrm.analytics.AnalyticsProcessing;
import io.salescrm.analytics.period.PeriodKeys;
import io.salescrm.pipeline.api.lead.LeadAssignedEvent;
import io.salescrm.pipeline.api.lead.LeadConvertedEvent;
import io.salescrm.pipeline.api.lead.LeadCreatedEvent;
import io.salescrm.pipeline.api.lead.LeadDetailsChangedEvent;
import io.salescrm.pipeline.api.lead.LeadMergedIntoEvent;
import io.salescrm.pipeline.api.lead.LeadRemovedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.function.UnaryOperator;

/**
 * Builds {@code lead_facts} from the pipeline topic, each event applied once: only if its sequence number is above the
 * document's (the topic is keyed by lead id, so one lead's events arrive in order). Status changes, closing
 * ({@code LeadClosedEvent}) and absorbing a merged lead change no lead figure and no access field, so they are not
 * handled; the open flag changes only with the lead's details, as in the lead itself.
 */
@Component
@ProcessingGroup(AnalyticsProcessing.GROUP)
public class LeadFactsProjection {

    private final MongoTemplate mongo;

    public LeadFactsProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(LeadCreatedEvent event, @SequenceNumber long sequence) {
        if (mongo.findById(event.leadId(), LeadFact.class) != null) {
            return;
        }
        String source = event.source() == null ? null : event.source().name();
        mongo.insert(LeadFact.created(event.leadId(), sequence, source, event.createdAt(), PeriodKeys.of(event.createdAt()),
                event.responsibleId(), event.open()));
    }

    @EventHandler
    void on(LeadAssignedEvent event, @SequenceNumber long sequence) {
        apply(event.leadId(), sequence, lead -> lead.assigned(sequence, event.responsibleId()));
    }

    @EventHandler
    void on(LeadDetailsChangedEvent event, @SequenceNumber long sequence) {
        apply(event.leadId(), sequence, lead -> lead.openChanged(sequence, event.open()));
    }

    @EventHandler
    void on(LeadConvertedEvent event, @SequenceNumber long sequence) {
        if (event.dealId() != null) {
            apply(event.leadId(), sequence, lead -> lead.converted(sequence, event.dealId(), event.convertedAt()));
        }
    }

    @EventHandler
    void on(LeadMergedIntoEvent event, @SequenceNumber long sequence) {
        apply(event.leadId(), sequence, lead -> lead.mergedInto(sequence, event.survivorId()));
    }

    @EventHandler
    void on(LeadRemovedEvent event, @SequenceNumber long sequence) {
        apply(event.leadId(), sequence, lead -> lead.removed(sequence));
    }

    private void apply(String leadId, long sequence, UnaryOperator<LeadFact> change) {
        LeadFact lead = mongo.findById(leadId, LeadFact.class);
        if (lead != null && lead.isNew(sequence)) {
            mongo.save(change.apply(lead));
        }
    }
}
