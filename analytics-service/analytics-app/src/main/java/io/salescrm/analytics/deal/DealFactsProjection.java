package io.salescrm.analytics.deal;

import io.salescrm.pipeline.api.deal.DealCreatedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Builds {@code deal_facts} from the pipeline topic. Every write is keyed by deal id and guarded by the deal's
 * event sequence, so an event delivered twice, or replayed from the start, leaves every figure unchanged.
 */
@Component
@ProcessingGroup(DealFactsProjection.GROUP)
public class DealFactsProjection {

    public static final String GROUP = "deal-facts";

    private final MongoTemplate mongo;

    public DealFactsProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(DealCreatedEvent event, @SequenceNumber long sequence) {
        // The creation event is the first of its deal: insert once, never overwrite a later state.
        Query notYetKnown = Query.query(Criteria.where("_id").is(event.dealId()));
        Update insertOnly = new Update()
                .setOnInsert("amount", event.amount())
                .setOnInsert("currency", event.currency())
                .setOnInsert("amountInBase", event.amountInBase())
                .setOnInsert("baseCurrency", event.baseCurrency())
                .setOnInsert("createdAt", event.createdAt())
                .setOnInsert("responsibleId", event.responsibleId())
                .setOnInsert("open", event.open())
                .setOnInsert("sequence", sequence);
        mongo.upsert(notYetKnown, insertOnly, DealFact.class);
    }
}
