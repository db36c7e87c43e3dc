package io.salescrm.analytics.funnel;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.pipeline.api.PipelineTopic;
import io.salescrm.pipeline.api.deal.DealCreatedEvent;
import io.salescrm.pipeline.api.deal.DealDetailsChangedEvent;
import io.salescrm.pipeline.api.deal.DealMovedToPipelineEvent;
import io.salescrm.pipeline.api.deal.DealMovedToStageEvent;
import io.salescrm.pipeline.api.deal.DealReopenedEvent;
import io.salescrm.pipeline.api.deal.DealWonEvent;
import io.salescrm.pipeline.api.pipeline.PipelineCreatedEvent;
import io.salescrm.pipeline.api.pipeline.PipelineStage;
import io.salescrm.pipeline.api.pipeline.StageRemovedEvent;
import io.salescrm.pipeline.api.pipeline.StageSemantics;
import io.salescrm.pipeline.api.pipeline.StagesReorderedEvent;
import io.salescrm.platform.test.EmbeddedInfrastructure;
import io.salescrm.platform.test.KafkaEventWriter;
import io.salescrm.platform.test.SalesTeam;
import io.salescrm.platform.test.ServiceIntegrationTest;
import io.salescrm.platform.test.TestTokens;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.salescrm.pipeline.api.pipeline.StageSemantics.IN_PROGRESS;
import static io.salescrm.pipeline.api.pipeline.StageSemantics.LOST;
import static io.salescrm.pipeline.api.pipeline.StageSemantics.WON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Steps back follow the pipeline's current stage order, whenever its events arrive (here: after the deals'): only a
 * move to an earlier IN_PROGRESS stage counts, not closing, reopening, moves from or to a stage the order does not
 * know, nor moves between pipelines; a reorder re-judges past moves and a redelivered old definition changes nothing.
 * The funnel as of a past instant sums each deal's amount in effect then.
 */
@ServiceIntegrationTest
class StepsBackAndPastAmountsApiTest {

    private static final Instant T0 = Instant.parse("2026-02-02T09:00:00Z");

    @Autowired
    TestRestTemplate anonymous;

    private KafkaEventWriter kafka;
    private TestRestTemplate headOfSales;
    private final String pipeline = "steps-" + UUID.randomUUID();
    private final String otherPipeline = "other-" + UUID.randomUUID();

    @BeforeEach
    void setUp() {
        kafka = new KafkaEventWriter(EmbeddedInfrastructure.kafkaBootstrapServers());
        SalesTeam team = SalesTeam.fresh();
        SalesTeam.awaitReadable(anonymous, "/deals/summary", team.headOfSales());
        headOfSales = TestTokens.as(anonymous, TestTokens.bearer(team.headOfSales()));
    }

    @AfterEach
    void tearDown() {
        kafka.close();
    }

    @Test
    void stepsBackAreJudgedByTheCurrentStageOrderAndThePastFunnelUsesThePastAmounts() {
        String first = "deal-" + UUID.randomUUID();
        DealEvents deal = new DealEvents(first);
        deal.add(new DealCreatedEvent(first, "First", new BigDecimal("100.00"), "RUB", "RUB", BigDecimal.ONE,
                new BigDecimal("100.00"), T0, null, false, pipeline, "new", 10, null, null, null, null, null, null, null, null, null));
        deal.move("new", IN_PROGRESS, "offer", IN_PROGRESS, day(1));
        deal.move("offer", IN_PROGRESS, "talk", IN_PROGRESS, day(2));
        deal.add(new DealDetailsChangedEvent(first, "First", new BigDecimal("300.00"), "RUB", "RUB", BigDecimal.ONE,
                new BigDecimal("300.00"), 10, null, null, null, null, null, false, day(3)));
        deal.move("talk", IN_PROGRESS, "won", WON, day(4));
        deal.add(new DealWonEvent(first, pipeline, "won", new BigDecimal("300.00"), "RUB", "RUB", BigDecimal.ONE,
                new BigDecimal("300.00"), null, day(4)));
        deal.add(new DealReopenedEvent(first, pipeline, "won", "new", day(5)));
        deal.move("won", WON, "new", IN_PROGRESS, day(5));
        deal.move("new", IN_PROGRESS, "review", IN_PROGRESS, day(6));
        deal.move("review", IN_PROGRESS, "talk", IN_PROGRESS, day(7));

        String second = "deal-" + UUID.randomUUID();
        DealEvents moved = new DealEvents(second);
        moved.add(new DealCreatedEvent(second, "Second", new BigDecimal("50.00"), "RUB", "RUB", BigDecimal.ONE,
                new BigDecimal("50.00"), T0, null, false, otherPipeline, "offer", 10, null, null, null, null, null, null,
                null, null, null));
        moved.add(new DealMovedToPipelineEvent(second, otherPipeline, "offer", pipeline, "new", 10, day(6).plusSeconds(3600)));
        moved.add(new DealMovedToStageEvent(second, pipeline, "new", IN_PROGRESS, "talk", IN_PROGRESS, 50, null, day(8)));
        deal.send();
        moved.send();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(stepsBack())
                .containsExactly("new 3 0", "offer 1 0", "review 1 0", "talk 1 0", "won 1 0"));
        assertThat(funnel(day(2).plusSeconds(3600))).containsExactly("talk|1|100.00");
        assertThat(funnel(day(3).plusSeconds(3600))).containsExactly("talk|1|300.00");
        assertThat(funnel(null)).containsExactly("talk|2|350.00");

        ProducerRecord<String, byte[]> created = pipelineEvent(0, new PipelineCreatedEvent(pipeline, "Steps",
                List.of(stage("new", IN_PROGRESS), stage("talk", IN_PROGRESS), stage("offer", IN_PROGRESS),
                        stage("won", WON), stage("lost", LOST)), false, false, T0.minusSeconds(86_400)));
        kafka.send(created);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(stepsBack())
                .as("offer -> talk is the only step back; won -> new is a reopening, review is unknown")
                .containsExactly("new 3 0", "offer 1 0", "review 1 0", "talk 1 1", "won 1 0"));

        kafka.send(pipelineEvent(1, new StagesReorderedEvent(pipeline, List.of("offer", "talk", "new", "won", "lost"))));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(stepsBack())
                .as("the reorder re-judges: new -> offer is now the step back")
                .containsExactly("new 3 0", "offer 1 1", "review 1 0", "talk 1 0", "won 1 0"));

        kafka.send(created);
        kafka.send(pipelineEvent(2, new StageRemovedEvent(pipeline, "offer", null)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(stepsBack())
                .as("the redelivered creation is ignored, and moves from or to a removed stage are no steps back")
                .containsExactly("new 3 0", "offer 1 0", "review 1 0", "talk 1 0", "won 1 0"));
    }

    /** Per stage of the pipeline: "stageId stays backwardMoves" over February 2026. */
    private List<String> stepsBack() {
        List<String> lines = new ArrayList<>();
        for (JsonNode stage : headOfSales.getForObject("/reports/stage-dwell?pipelineId={p}&from=2026-02-01&to=2026-03-01",
                JsonNode.class, pipeline)) {
            lines.add(stage.get("stageId").asText() + " " + stage.get("stays").asText() + " " + stage.get("backwardMoves").asText());
        }
        return lines;
    }

    /** "stageId|deals|amount" at {@code at}, or now when null. */
    private List<String> funnel(Instant at) {
        JsonNode stages = at == null ? headOfSales.getForObject("/reports/funnel?pipelineId={p}", JsonNode.class, pipeline)
                : headOfSales.getForObject("/reports/funnel?pipelineId={p}&at={at}", JsonNode.class, pipeline, at);
        List<String> lines = new ArrayList<>();
        stages.forEach(stage -> lines.add(stage.get("stageId").asText() + "|" + stage.get("deals").asText() + "|"
                + stage.get("amount").asText()));
        return lines;
    }

    private ProducerRecord<String, byte[]> pipelineEvent(long sequence, Object event) {
        return kafka.record(PipelineTopic.NAME, "Pipeline", pipeline, sequence, event);
    }

    private static PipelineStage stage(String stageId, StageSemantics semantics) {
        return new PipelineStage(stageId, stageId, semantics, 10, "#336699", List.of());
    }

    private static Instant day(int days) {
        return T0.plus(Duration.ofDays(days));
    }

    /** One deal's events in order, as records of its aggregate. */
    private final class DealEvents {
        private final String dealId;
        private final List<ProducerRecord<String, byte[]>> records = new ArrayList<>();

        DealEvents(String dealId) {
            this.dealId = dealId;
        }

        void add(Object event) {
            records.add(kafka.record(PipelineTopic.NAME, "Deal", dealId, records.size(), event));
        }

        void move(String from, StageSemantics fromSemantics, String to, StageSemantics toSemantics, Instant at) {
            add(new DealMovedToStageEvent(dealId, pipeline, from, fromSemantics, to, toSemantics, 50, null, at));
        }

        void send() {
            kafka.sendAll(records);
        }
    }
}
