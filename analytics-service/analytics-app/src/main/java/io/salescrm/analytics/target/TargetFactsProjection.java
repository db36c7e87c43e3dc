package io.salescrm.analytics.target;

import io.salescrm.analytics.AnalyticsProcessing;
import io.salescrm.org.api.target.TargetCancelledEvent;
import io.salescrm.org.api.target.TargetPeriod;
import io.salescrm.org.api.target.TargetRevisedEvent;
import io.salescrm.org.api.target.TargetSetEvent;
import io.salescrm.org.api.target.TargetSubject;
import io.salescrm.org.api.target.TargetValue;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Builds {@code target_facts} from the org topic. Every target event carries the target's whole state, so each
 * replaces the document, unless an event with a higher sequence number was applied already.
 */
@Component
@ProcessingGroup(AnalyticsProcessing.GROUP)
public class TargetFactsProjection {

    private final MongoTemplate mongo;

    public TargetFactsProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(TargetSetEvent event, @SequenceNumber long sequence) {
        save(event.targetId(), sequence, event.period(), event.subject(), event.value(), false);
    }

    @EventHandler
    void on(TargetRevisedEvent event, @SequenceNumber long sequence) {
        save(event.targetId(), sequence, event.period(), event.subject(), event.value(), false);
    }

    @EventHandler
    void on(TargetCancelledEvent event, @SequenceNumber long sequence) {
        save(event.targetId(), sequence, event.period(), event.subject(), event.value(), true);
    }

    private void save(String targetId, long sequence, TargetPeriod period, TargetSubject subject, TargetValue value,
                      boolean cancelled) {
        TargetFact known = mongo.findById(targetId, TargetFact.class);
        if (known != null && sequence <= known.sequence()) {
            return;
        }
        mongo.save(new TargetFact(targetId, sequence, subject.type().name(), subject.id(), period.start(), period.end(),
                value.measure().name(), value.amount(), value.currency(), value.count(), cancelled));
    }
}
