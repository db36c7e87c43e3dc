package io.salescrm.analytics.lead;

import io.salescrm.analytics.AnalyticsProcessing;
import io.salescrm.analytics.period.PeriodKeys;
import io.salescrm.pipeline.api.lead.LeadConvertedEvent;
import io.salescrm.pipeline.api.lead.LeadCreatedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Builds {@code lead_facts} from the pipeline topic, each event applied once (sequence-guarded). */
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
        mongo.insert(new LeadFact(event.leadId(), sequence, source, event.createdAt(), PeriodKeys.of(event.createdAt()),
                event.responsibleId(), event.open(), null, null));
    }

    @EventHandler
    void on(LeadConvertedEvent event, @SequenceNumber long sequence) {
        LeadFact lead = mongo.findById(event.leadId(), LeadFact.class);
        if (lead == null || sequence <= lead.sequence() || event.dealId() == null) {
            return;
        }
        mongo.save(lead.converted(sequence, event.dealId(), event.convertedAt()));
    }
}
