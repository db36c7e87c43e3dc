package io.salescrm.pipeline.billingfeedback;

import io.salescrm.billing.api.invoice.InvoicePaidEvent;
import io.salescrm.pipeline.api.deal.MoveDealToStageCommand;
import io.salescrm.pipeline.api.deal.TargetStage;
import io.salescrm.pipeline.api.pipeline.PipelineStage;
import io.salescrm.pipeline.api.pipeline.StageSemantics;
import io.salescrm.pipeline.deal.query.DealView;
import io.salescrm.pipeline.funnel.query.PipelineDefinitions;
import io.salescrm.pipeline.funnel.query.PipelineView;
import io.salescrm.platform.rules.RuleViolationException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Moves a deal to its pipeline's won stage when billing reports an invoice of it paid, if that pipeline's automation
 * setting ({@code moveToWonOnInvoicePaid}) says so. A deal already won or lost stays as it is; the move carries the
 * reason {@value #REASON}, so stage requirements meant for people do not block it. A redelivered event finds the
 * deal won and does nothing.
 */
@Component
@ProcessingGroup(InvoicePaidDealWinner.PROCESSING_GROUP)
public class InvoicePaidDealWinner {

    public static final String PROCESSING_GROUP = "billing-feedback";
    public static final String REASON = "invoice-paid";
    private static final Logger log = LoggerFactory.getLogger(InvoicePaidDealWinner.class);

    private final MongoTemplate mongo;
    private final PipelineDefinitions pipelines;
    private final CommandGateway commands;

    public InvoicePaidDealWinner(MongoTemplate mongo, PipelineDefinitions pipelines, CommandGateway commands) {
        this.mongo = mongo;
        this.pipelines = pipelines;
        this.commands = commands;
    }

    @EventHandler
    void on(InvoicePaidEvent event) {
        if (event.dealId() == null) {
            return;
        }
        DealView deal = mongo.findById(event.dealId(), DealView.class);
        if (deal == null || deal.status() != StageSemantics.IN_PROGRESS) {
            return;
        }
        Optional<PipelineView> pipeline = pipelines.find(deal.pipelineId()).filter(PipelineView::moveToWonOnInvoicePaid);
        Optional<PipelineStage> won = pipeline.flatMap(p -> p.stages().stream()
                .filter(stage -> stage.semantics() == StageSemantics.WON).findFirst());
        if (won.isEmpty()) {
            return;
        }
        PipelineStage stage = won.get();
        try {
            commands.sendAndWait(new MoveDealToStageCommand(deal.id(), new TargetStage(deal.pipelineId(), stage.stageId(),
                    stage.semantics(), stage.probability(), stage.requiredFields()), null, REASON));
        } catch (RuleViolationException closedMeanwhile) {
            log.info("deal {} not moved to won on invoice {} paid: {}", deal.id(), event.number(), closedMeanwhile.getMessage());
        }
    }
}
