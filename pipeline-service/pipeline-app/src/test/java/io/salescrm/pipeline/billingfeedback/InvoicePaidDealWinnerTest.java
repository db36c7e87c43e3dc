package io.salescrm.pipeline.billingfeedback;

import io.salescrm.billing.api.BillingTopic;
import io.salescrm.billing.api.invoice.InvoicePaidEvent;
import io.salescrm.pipeline.api.deal.CreateDealCommand;
import io.salescrm.pipeline.api.deal.DealMovedToStageEvent;
import io.salescrm.pipeline.api.deal.DealWonEvent;
import io.salescrm.pipeline.api.deal.MoveDealToStageCommand;
import io.salescrm.pipeline.api.deal.TargetStage;
import io.salescrm.pipeline.api.pipeline.CreatePipelineCommand;
import io.salescrm.pipeline.api.pipeline.PipelineStage;
import io.salescrm.pipeline.deal.query.DealView;
import io.salescrm.pipeline.funnel.PipelineMother;
import io.salescrm.platform.test.EmbeddedInfrastructure;
import io.salescrm.platform.test.KafkaEventWriter;
import io.salescrm.platform.test.ServiceIntegrationTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** InvoicePaidEvent from billing's topic wins the deal when its pipeline says so, once, and never reopens a closed deal. */
@ServiceIntegrationTest
class InvoicePaidDealWinnerTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    CommandGateway commands;
    @Autowired
    EventStore eventStore;
    @Autowired
    MongoTemplate mongo;

    @Test
    void aPaidInvoiceWinsTheDealOnlyInAPipelineWithTheAutomationAndOnlyWhileTheDealIsOpen() {
        String automated = pipeline(true);
        String manual = pipeline(false);
        String toWin = deal(automated);
        String inManualPipeline = deal(manual);
        String lost = deal(automated);
        commands.sendAndWait(new MoveDealToStageCommand(lost, target(automated, PipelineMother.LOST), "no budget", null));
        await().atMost(PATIENCE).until(() -> mongo.findById(lost, DealView.class) != null
                && mongo.findById(lost, DealView.class).status() == PipelineMother.LOST.semantics()
                && mongo.findById(toWin, DealView.class) != null && mongo.findById(inManualPipeline, DealView.class) != null);

        String invoice = UUID.randomUUID().toString();
        try (KafkaEventWriter kafka = new KafkaEventWriter(EmbeddedInfrastructure.kafkaBootstrapServers())) {
            long sequence = 0;
            for (String dealId : List.of(inManualPipeline, lost, toWin, toWin)) {
                kafka.send(kafka.record(BillingTopic.NAME, "Invoice", invoice, sequence++, paid(invoice, dealId)));
            }
        }

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(count(toWin, DealWonEvent.class)).isEqualTo(1));
        DealMovedToStageEvent move = eventStore.readEvents(toWin).asStream()
                .map(e -> e.getPayload()).filter(DealMovedToStageEvent.class::isInstance).map(DealMovedToStageEvent.class::cast)
                .findFirst().orElseThrow();
        assertThat(move.toStageId()).isEqualTo(PipelineMother.WON.stageId());
        assertThat(move.reason()).isEqualTo(InvoicePaidDealWinner.REASON);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(count(toWin, DealWonEvent.class)).isEqualTo(1);
            assertThat(count(inManualPipeline, DealMovedToStageEvent.class)).isZero();
            assertThat(count(lost, DealWonEvent.class)).isZero();
        });
    }

    private String pipeline(boolean moveToWonOnInvoicePaid) {
        String id = "pipeline-" + UUID.randomUUID();
        commands.sendAndWait(new CreatePipelineCommand(id, "Projects", PipelineMother.STAGES, false, moveToWonOnInvoicePaid));
        return id;
    }

    private String deal(String pipelineId) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new CreateDealCommand(id, "Office chairs", new BigDecimal("1200.00"), "RUB", "RUB",
                BigDecimal.ONE, "manager-1", false, target(pipelineId, PipelineMother.OPEN), null, null, null, null,
                null, null, null, null, null, null));
        return id;
    }

    private static TargetStage target(String pipelineId, PipelineStage stage) {
        return new TargetStage(pipelineId, stage.stageId(), stage.semantics(), stage.probability(), stage.requiredFields());
    }

    private static InvoicePaidEvent paid(String invoiceId, String dealId) {
        return new InvoicePaidEvent(invoiceId, "2026-000001", dealId, "company-1", "manager-1", "RUB",
                new BigDecimal("1200.00"), "RUB", BigDecimal.ONE, new BigDecimal("1200.00"), Instant.now());
    }

    private long count(String dealId, Class<?> eventType) {
        return eventStore.readEvents(dealId).asStream().filter(e -> eventType.isInstance(e.getPayload())).count();
    }
}
