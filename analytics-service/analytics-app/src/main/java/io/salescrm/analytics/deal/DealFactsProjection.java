package io.salescrm.analytics.deal;

import io.salescrm.analytics.AnalyticsProcessing;
import io.salescrm.analytics.org.EmployeeUnits;
import io.salescrm.pipeline.api.deal.DealCreatedEvent;
import io.salescrm.pipeline.api.deal.DealDetailsChangedEvent;
import io.salescrm.pipeline.api.deal.DealLostEvent;
import io.salescrm.pipeline.api.deal.DealMovedToPipelineEvent;
import io.salescrm.pipeline.api.deal.DealMovedToStageEvent;
import io.salescrm.pipeline.api.deal.DealProductRowsSetEvent;
import io.salescrm.pipeline.api.deal.DealReassignedEvent;
import io.salescrm.pipeline.api.deal.DealReopenedEvent;
import io.salescrm.pipeline.api.deal.DealWonEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.function.Consumer;

/**
 * Builds {@code deal_facts} from the pipeline topic: one document per deal, folded event by event. Each event is
 * applied only if its sequence number is above the document's, so an event delivered twice, or replayed from the
 * start, leaves every figure unchanged (events of one deal arrive in order: the topic is keyed by deal id).
 */
@Component
@ProcessingGroup(AnalyticsProcessing.GROUP)
public class DealFactsProjection {

    private final MongoTemplate mongo;
    private final EmployeeUnits units;

    public DealFactsProjection(MongoTemplate mongo, EmployeeUnits units) {
        this.mongo = mongo;
        this.units = units;
    }

    @EventHandler
    void on(DealCreatedEvent event, @SequenceNumber long sequence) {
        if (mongo.findById(event.dealId(), DealFact.class) != null) {
            return;
        }
        String source = event.source() == null ? null : event.source().name();
        Attribution created = Attribution.of(event.createdAt(), DealStatus.OPEN, event.responsibleId(),
                units.unitAt(event.responsibleId(), event.createdAt()), event.pipelineId(), source, event.amountInBase());
        mongo.insert(DealFact.created(event.dealId(), sequence, created, event.stageId(), event.open(),
                event.originLeadId(), event.amount(), event.currency(), event.amountInBase(), event.baseCurrency()));
    }

    @EventHandler
    void on(DealDetailsChangedEvent event, @SequenceNumber long sequence) {
        apply(event.dealId(), sequence, fact -> {
            fact.amountChanged(event.amount(), event.currency(), event.amountInBase(), event.baseCurrency(), event.changedAt());
            fact.detailsChanged(event.source() == null ? null : event.source().name(), event.open());
        });
    }

    @EventHandler
    void on(DealProductRowsSetEvent event, @SequenceNumber long sequence) {
        apply(event.dealId(), sequence, fact ->
                fact.amountChanged(event.amount(), event.currency(), event.amountInBase(), event.baseCurrency(), event.changedAt()));
    }

    @EventHandler
    void on(DealReassignedEvent event, @SequenceNumber long sequence) {
        apply(event.dealId(), sequence, fact -> fact.reassigned(event.responsibleId()));
    }

    @EventHandler
    void on(DealMovedToStageEvent event, @SequenceNumber long sequence) {
        apply(event.dealId(), sequence, fact -> fact.enteredStage(event.pipelineId(), event.toStageId(), event.fromStageId(), event.movedAt()));
    }

    @EventHandler
    void on(DealMovedToPipelineEvent event, @SequenceNumber long sequence) {
        apply(event.dealId(), sequence, fact -> fact.enteredStage(event.toPipelineId(), event.toStageId(), null, event.movedAt()));
    }

    @EventHandler
    void on(DealWonEvent event, @SequenceNumber long sequence) {
        apply(event.dealId(), sequence, fact -> fact.closed(Attribution.of(event.wonAt(), DealStatus.WON,
                event.responsibleId(), units.unitAt(event.responsibleId(), event.wonAt()), event.pipelineId(),
                fact.source(), event.amountInBase())));
    }

    @EventHandler
    void on(DealLostEvent event, @SequenceNumber long sequence) {
        apply(event.dealId(), sequence, fact -> fact.closed(Attribution.of(event.lostAt(), DealStatus.LOST,
                event.responsibleId(), units.unitAt(event.responsibleId(), event.lostAt()), event.pipelineId(),
                fact.source(), event.amountInBase())));
    }

    @EventHandler
    void on(DealReopenedEvent event, @SequenceNumber long sequence) {
        apply(event.dealId(), sequence, DealFact::reopened);
    }

    private void apply(String dealId, long sequence, Consumer<DealFact> change) {
        DealFact fact = mongo.findById(dealId, DealFact.class);
        if (fact == null || !fact.isNew(sequence)) {
            return;
        }
        change.accept(fact);
        fact.applied(sequence);
        mongo.save(fact);
    }
}
