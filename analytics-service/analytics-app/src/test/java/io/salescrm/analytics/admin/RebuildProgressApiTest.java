package io.salescrm.analytics.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.billing.api.BillingTopic;
import io.salescrm.billing.api.invoice.InvoiceCreatedEvent;
import io.salescrm.billing.api.invoice.InvoiceIssuedEvent;
import io.salescrm.billing.api.invoice.InvoiceSource;
import io.salescrm.pipeline.api.PipelineTopic;
import io.salescrm.pipeline.api.deal.DealCreatedEvent;
import io.salescrm.pipeline.api.deal.DealLostEvent;
import io.salescrm.pipeline.api.deal.DealMovedToStageEvent;
import io.salescrm.pipeline.api.deal.DealWonEvent;
import io.salescrm.pipeline.api.pipeline.StageSemantics;
import io.salescrm.platform.test.EmbeddedInfrastructure;
import io.salescrm.platform.test.KafkaEventWriter;
import io.salescrm.platform.test.SalesTeam;
import io.salescrm.platform.test.ServiceIntegrationTest;
import io.salescrm.platform.test.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Rebuild progress through the HTTP API: a history of deals (pipeline topic, spread over its partitions) and invoices
 * (billing topic) is applied, the read models are rebuilt, and once {@code GET /admin/rebuild} says caughtUp every
 * figure is back as it was, without waiting any further. Only an administrator may rebuild or watch the rebuild.
 */
@ServiceIntegrationTest
class RebuildProgressApiTest {

    private static final int DEALS = 30;
    private static final int INVOICES = 6;
    private static final String RANGE = "from=2026-01-01&to=2027-01-01";

    @Autowired
    TestRestTemplate anonymous;

    private KafkaEventWriter kafka;
    private SalesTeam team;
    private TestRestTemplate headOfSales;
    private final String pipeline = "pipe-" + UUID.randomUUID();

    @BeforeEach
    void setUp() {
        kafka = new KafkaEventWriter(EmbeddedInfrastructure.kafkaBootstrapServers());
        team = SalesTeam.fresh();
        SalesTeam.awaitReadable(anonymous, "/deals/summary", team.headOfSales(), team.managerA1(), team.analyst());
        headOfSales = TestTokens.as(anonymous, TestTokens.bearer(team.headOfSales()));
    }

    @AfterEach
    void tearDown() {
        kafka.close();
    }

    @Test
    void onceTheRebuildHasCaughtUpEveryFigureIsBackWithoutFurtherWaiting() {
        publishHistory();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> createdDeals() == DEALS && receivables().size() == INVOICES);
        List<String> before = figures();

        assertThat(headOfSales.postForEntity("/admin/rebuild", null, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode progress = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> headOfSales.getForObject("/admin/rebuild", JsonNode.class), p -> p.get("caughtUp").asBoolean());

        assertThat(figures()).isEqualTo(before);
        assertThat(progress.get("processor").asText()).isEqualTo("analytics");
        assertThat(progress.get("running").asBoolean()).isTrue();
        assertThat(Instant.parse(progress.get("startedAt").asText())).isBefore(Instant.now());
        // at least this test's records were handled again: each deal's two events, each invoice's two
        assertThat(progress.get("eventsHandled").asLong()).isGreaterThanOrEqualTo(2L * DEALS + 2L * INVOICES);
        Set<String> topics = new java.util.TreeSet<>();
        for (JsonNode partition : progress.get("partitions")) {
            topics.add(partition.get("topic").asText());
            assertThat(partition.get("caughtUp").asBoolean()).isTrue();
            assertThat(partition.get("consumed").asLong()).as(partition.toString())
                    .isGreaterThanOrEqualTo(partition.get("endOffset").asLong());
        }
        assertThat(topics).contains(PipelineTopic.NAME, BillingTopic.NAME, "crm.org.events");
    }

    @Test
    void onlyAnAdministratorMayRebuildOrWatchTheRebuild() {
        for (String employee : List.of(team.managerA1(), team.analyst())) {
            TestRestTemplate http = TestTokens.as(anonymous, TestTokens.bearer(employee));
            assertThat(http.postForEntity("/admin/rebuild", null, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(http.getForEntity("/admin/rebuild", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        }
    }

    /** Deals of four managers (their ids spread the records over the topic's partitions), won, lost or moved on. */
    private void publishHistory() {
        List<String> managers = List.of(team.managerA1(), team.managerA2(), team.managerA3(), team.managerB1());
        for (int i = 0; i < DEALS; i++) {
            String manager = managers.get(i % managers.size());
            String id = "deal-" + UUID.randomUUID();
            BigDecimal amount = BigDecimal.valueOf(1000 + 10L * i);
            Instant created = Instant.parse("2026-03-01T09:00:00Z").plus(Duration.ofDays(i));
            Instant closed = created.plus(Duration.ofDays(3));
            kafka.send(kafka.record(PipelineTopic.NAME, "Deal", id, 0, new DealCreatedEvent(id, "Deal " + i, amount, "RUB",
                    "RUB", BigDecimal.ONE, amount, created, manager, false, pipeline, "new", 10, null, null, null, null,
                    null, null, null, null, null)));
            Object next = switch (i % 3) {
                case 0 -> new DealWonEvent(id, pipeline, "won", amount, "RUB", "RUB", BigDecimal.ONE, amount, manager, closed);
                case 1 -> new DealLostEvent(id, pipeline, "lost", "price", amount, "RUB", "RUB", BigDecimal.ONE, amount,
                        manager, closed);
                default -> new DealMovedToStageEvent(id, pipeline, "new", StageSemantics.IN_PROGRESS, "offer",
                        StageSemantics.IN_PROGRESS, 50, null, closed);
            };
            kafka.send(kafka.record(PipelineTopic.NAME, "Deal", id, 1, next));
        }
        for (int i = 0; i < INVOICES; i++) {
            String manager = managers.get(i % managers.size());
            String id = "invoice-" + UUID.randomUUID();
            BigDecimal total = BigDecimal.valueOf(500 + i);
            LocalDate issued = LocalDate.parse("2026-04-01").plusDays(i);
            Instant at = issued.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().plusSeconds(36_000);
            kafka.send(kafka.record(BillingTopic.NAME, "Invoice", id, 0, new InvoiceCreatedEvent(id, InvoiceSource.MANUAL,
                    null, null, null, null, manager, false, "RUB", "RUB", BigDecimal.ONE, false, List.of(), List.of(),
                    total, BigDecimal.ZERO, total, total, 10, null, at.minusSeconds(3600))));
            kafka.send(kafka.record(BillingTopic.NAME, "Invoice", id, 1, new InvoiceIssuedEvent(id, "R-" + i, issued,
                    issued.plusDays(10), null, null, null, null, null, manager, "RUB", total, "RUB", BigDecimal.ONE, total, at)));
        }
    }

    /** Everything this test's history produced, as text: deal figures, the funnel and this team's receivables. */
    private List<String> figures() {
        List<String> figures = new ArrayList<>();
        figures.add(headOfSales.getForObject("/reports/deals?by=MANAGER&granularity=MONTH&" + RANGE
                + "&size=1000&pipelineId=" + pipeline, String.class));
        figures.add(headOfSales.getForObject("/reports/deals?by=GROUP&granularity=WEEK&" + RANGE
                + "&size=1000&pipelineId=" + pipeline, String.class));
        figures.add(headOfSales.getForObject("/reports/funnel?pipelineId=" + pipeline, String.class));
        figures.addAll(receivables());
        return figures;
    }

    private long createdDeals() {
        JsonNode report = headOfSales.getForObject("/reports/deals?by=PIPELINE&granularity=YEAR&" + RANGE
                + "&pipelineId=" + pipeline, JsonNode.class);
        long created = 0;
        for (JsonNode row : report.get("rows")) {
            created += row.get("created").asLong();
        }
        return created;
    }

    private List<String> receivables() {
        Set<String> managers = Set.of(team.managerA1(), team.managerA2(), team.managerA3(), team.managerB1());
        JsonNode report = headOfSales.getForObject("/reports/receivables?by=MANAGER&granularity=DAY&" + RANGE + "&size=1000",
                JsonNode.class);
        List<String> rows = new ArrayList<>();
        for (JsonNode row : report.get("rows")) {
            if (managers.contains(row.get("key").asText())) {
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
