package io.salescrm.analytics.exactness;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.analytics.exactness.SalesHistory.Fact;
import io.salescrm.billing.api.BillingTopic;
import io.salescrm.billing.api.invoice.InvoiceCreatedEvent;
import io.salescrm.billing.api.invoice.InvoiceIssuedEvent;
import io.salescrm.billing.api.invoice.InvoiceSource;
import io.salescrm.pipeline.api.PipelineTopic;
import io.salescrm.pipeline.api.deal.DealCreatedEvent;
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
import org.springframework.http.HttpStatus;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The key test of analytics: a random history of thousands of events (fixed seed; two pipelines whose stages are
 * added, changed, reordered and removed, four managers in three groups, three currencies, reassignments, amount
 * changes, stage moves back and forth, pipeline moves, won/lost/reopened deals, leads converted into deals; invoices
 * issued, paid, refunded, overdue and cancelled) is written to Kafka as the pipeline and billing services would; every
 * figure (deal figures, the funnel now and at past instants with the amounts then, dwell times and steps back by the
 * pipelines' final order, receivables) is computed from the generated truth and must equal the HTTP API's answer
 * exactly: once, after a random fifth of the records was delivered again, and after a full rebuild.
 */
@ServiceIntegrationTest
class AnalyticsExactnessTest {

    private static final long SEED = 20260110L;
    private static final String FROM = "2025-12-01";
    private static final String TO = "2027-01-01";
    private static final List<String> GRANULARITIES = List.of("DAY", "WEEK", "MONTH", "QUARTER", "YEAR");
    private static final List<String> DIMENSIONS = List.of("MANAGER", "GROUP", "PIPELINE", "SOURCE");
    private static final LocalDate MARKER_ISSUE_DATE = LocalDate.parse("2020-01-01");

    @Autowired
    TestRestTemplate anonymous;

    private KafkaEventWriter kafka;
    private SalesTeam team;
    private TestRestTemplate headOfSales;
    private final Map<String, Set<Integer>> partitions = Map.of(PipelineTopic.NAME, new TreeSet<>(), BillingTopic.NAME, new TreeSet<>());
    private String markerPipeline;
    private String markerResponsible;
    private int markers;
    private int markerInvoices;
    private Set<String> teamKeys;

    @BeforeEach
    void connect() {
        kafka = new KafkaEventWriter(EmbeddedInfrastructure.kafkaBootstrapServers());
        team = SalesTeam.fresh();
        SalesTeam.awaitReadable(anonymous, "/deals/summary", team.headOfSales(), team.groupHeadA(), team.managerA1(),
                team.managerA2(), team.managerA3(), team.managerB1());
        headOfSales = TestTokens.as(anonymous, TestTokens.bearer(team.headOfSales()));
        markerPipeline = "marker-" + UUID.randomUUID();
        markerResponsible = "marker-" + UUID.randomUUID();
        teamKeys = Set.of(team.managerA1(), team.managerA2(), team.managerA3(), team.managerB1(), team.groupA(),
                team.subGroupA1(), team.groupB());
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void everyFigureEqualsTheOneComputedFromTheRawEventsAfterRedeliveryAndAfterARebuild() {
        String prefix = UUID.randomUUID().toString();
        List<String> pipelines = List.of("pipe-" + prefix + "-1", "pipe-" + prefix + "-2");
        List<String> managers = List.of(team.managerA1(), team.managerA2(), team.managerA3(), team.managerB1());
        SalesHistory history = SalesHistory.generate(SEED, managers, pipelines, prefix, 500, 300, 300);
        assertThat(history.published).hasSizeGreaterThan(3000);
        ExpectedFigures expected = new ExpectedFigures(history, Map.of(team.managerA1(), team.groupA(),
                team.managerA2(), team.groupA(), team.managerA3(), team.subGroupA1(), team.managerB1(), team.groupB()));
        for (String pipeline : pipelines) {
            assertThat(expected.dwell(pipeline, Instant.parse(FROM + "T00:00:00Z"), Instant.parse(TO + "T00:00:00Z")))
                    .as("the history steps back in %s", pipeline).anyMatch(line -> !line.endsWith("|0"));
        }

        List<ProducerRecord<String, byte[]>> records = history.published.stream().map(event -> kafka.record(event.topic(),
                event.aggregateType(), event.aggregateId(), event.sequence(), event.payload())).toList();
        kafka.sendAll(records).forEach(sent -> partitions.get(sent.topic()).add(sent.partition()));
        awaitEverythingBeforeAMarkerInEachPartition();
        assertEveryFigure(expected, pipelines, history);

        Random redelivery = new Random(SEED);
        kafka.sendAll(records.stream().filter(record -> redelivery.nextInt(5) == 0).toList());
        awaitEverythingBeforeAMarkerInEachPartition();
        assertEveryFigure(expected, pipelines, history);

        assertThat(headOfSales.postForEntity("/admin/rebuild", null, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode progress = headOfSales.getForObject("/admin/rebuild", JsonNode.class);
        assertThat(progress.get("processor").asText()).isEqualTo("analytics");
        assertThat(progress.get("partitions")).isNotEmpty();
        awaitEverythingBeforeAMarkerInEachPartition();
        assertEveryFigure(expected, pipelines, history);
    }

    private void assertEveryFigure(ExpectedFigures expected, List<String> pipelines, SalesHistory history) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            for (String pipeline : pipelines) {
                Predicate<Fact> inPipeline = fact -> fact.pipelineId().equals(pipeline);
                for (String dimension : DIMENSIONS) {
                    for (String granularity : GRANULARITIES) {
                        assertThat(dealFigures(headOfSales, dimension, granularity, pipeline))
                                .as("%s by %s per %s", pipeline, dimension, granularity)
                                .isEqualTo(expected.dealFigures(dimension, granularity, inPipeline));
                    }
                }
                for (int i = 0; i <= 12; i++) {
                    Instant at = SalesHistory.START.plus(Duration.ofDays(17L * i)).plusSeconds(i * 3607L);
                    assertThat(funnel(pipeline, at)).as("funnel of %s at %s", pipeline, at).isEqualTo(expected.funnel(pipeline, at));
                }
                assertThat(funnel(pipeline, Instant.now())).isEqualTo(expected.funnel(pipeline, Instant.now()));
                assertThat(funnel(pipeline, null)).as("funnel of %s now", pipeline).isEqualTo(expected.funnel(pipeline, Instant.now()));
                assertThat(dwell(pipeline)).as("dwell in %s", pipeline).isEqualTo(expected.dwell(pipeline,
                        Instant.parse(FROM + "T00:00:00Z"), Instant.parse(TO + "T00:00:00Z")));
            }
            for (String by : List.of("MANAGER", "GROUP")) {
                for (String granularity : GRANULARITIES) {
                    assertThat(receivables(headOfSales, by, granularity)).as("receivables by %s per %s", by, granularity)
                            .isEqualTo(expected.receivables(by, granularity, LocalDate.parse(FROM), LocalDate.parse(TO), teamKeys::contains));
                }
            }
            assertThat(receivables(as(team.managerA1()), "MANAGER", "MONTH")).as("a manager's own receivables")
                    .isEqualTo(expected.receivables("MANAGER", "MONTH", LocalDate.parse(FROM), LocalDate.parse(TO),
                            team.managerA1()::equals));
            TestRestTemplate manager = as(team.managerA1());
            assertThat(dealFigures(manager, "PIPELINE", "MONTH", null)).as("a manager's own figures")
                    .isEqualTo(expected.dealFigures("PIPELINE", "MONTH", fact -> fact.responsibleId().equals(team.managerA1())));
            Set<String> groupA = Set.of(team.managerA1(), team.managerA2(), team.managerA3());
            assertThat(dealFigures(as(team.groupHeadA()), "MANAGER", "QUARTER", null)).as("a group head's group")
                    .isEqualTo(expected.dealFigures("MANAGER", "QUARTER", fact -> groupA.contains(fact.responsibleId())));
            for (String each : List.of(team.managerA1(), team.managerA2(), team.managerA3(), team.managerB1())) {
                assertThat(leadConversion(as(each))).as("lead conversion of " + each).isEqualTo(expected.leadConversion(each));
            }
        });
    }

    private List<String> dealFigures(TestRestTemplate http, String dimension, String granularity, String pipeline) {
        List<String> lines = new ArrayList<>();
        int page = 0;
        JsonNode report;
        do {
            report = http.getForObject("/reports/deals?by={by}&granularity={g}&from={from}&to={to}&page={page}&size=1000"
                    + (pipeline == null ? "" : "&pipelineId=" + pipeline), JsonNode.class, dimension, granularity, FROM, TO, page);
            for (JsonNode row : report.get("rows")) {
                lines.add(String.join("|", row.get("key").asText(), row.get("period").asText(),
                        row.get("created").asText(), row.get("open").asText(), row.get("won").asText(),
                        row.get("lost").asText(), row.get("wonVolume").asText(), row.get("averageCheck").asText(),
                        row.get("conversion").asText()));
            }
            page++;
        } while ((long) page * 1000 < report.get("totalRows").asLong());
        lines.sort(null);
        return lines;
    }

    /** The funnel at {@code at}, or now when {@code at} is null (the report without the parameter). */
    private List<String> funnel(String pipeline, Instant at) {
        List<String> lines = new ArrayList<>();
        JsonNode stages = at == null ? headOfSales.getForObject("/reports/funnel?pipelineId={p}", JsonNode.class, pipeline)
                : headOfSales.getForObject("/reports/funnel?pipelineId={p}&at={at}", JsonNode.class, pipeline, at);
        for (JsonNode stage : stages) {
            lines.add(stage.get("stageId").asText() + "|" + stage.get("deals").asText() + "|" + stage.get("amount").asText());
        }
        return lines;
    }

    private List<String> dwell(String pipeline) {
        List<String> lines = new ArrayList<>();
        for (JsonNode stage : headOfSales.getForObject("/reports/stage-dwell?pipelineId={p}&from={from}&to={to}",
                JsonNode.class, pipeline, FROM, TO)) {
            lines.add(String.join("|", stage.get("stageId").asText(), stage.get("stays").asText(),
                    stage.get("averageSeconds").asText(), stage.get("medianSeconds").asText(),
                    stage.get("p90Seconds").asText(), stage.get("backwardMoves").asText()));
        }
        return lines;
    }

    /** Receivables rows of this test's team (other tests' invoices share the database), sorted. */
    private List<String> receivables(TestRestTemplate http, String by, String granularity) {
        List<String> lines = new ArrayList<>();
        JsonNode report = http.getForObject("/reports/receivables?by={by}&granularity={g}&from={from}&to={to}&size=1000",
                JsonNode.class, by, granularity, FROM, TO);
        assertThat(report.get("totalRows").asLong()).isLessThanOrEqualTo(1000);
        for (JsonNode row : report.get("rows")) {
            if (teamKeys.contains(row.get("key").asText())) {
                lines.add(String.join("|", row.get("key").asText(), row.get("period").asText(), row.get("invoices").asText(),
                        row.get("invoiced").asText(), row.get("paid").asText(), row.get("outstanding").asText(),
                        row.get("overdue").asText()));
            }
        }
        lines.sort(null);
        return lines;
    }

    private List<String> leadConversion(TestRestTemplate http) {
        List<String> lines = new ArrayList<>();
        for (JsonNode row : http.getForObject("/reports/lead-conversion?granularity=MONTH&from={from}&to={to}",
                JsonNode.class, FROM, TO)) {
            lines.add(String.join("|", row.get("source").asText(), row.get("period").asText(), row.get("leads").asText(),
                    row.get("convertedToDeal").asText(), row.get("conversion").asText()));
        }
        lines.sort(null);
        return lines;
    }

    /**
     * One marker deal per pipeline partition and one marker invoice per billing partition used, behind everything
     * sent so far; waits until all markers are counted.
     */
    private void awaitEverythingBeforeAMarkerInEachPartition() {
        for (int partition : partitions.get(PipelineTopic.NAME)) {
            String id = "marker-" + UUID.randomUUID();
            kafka.sendTo(partition, kafka.record(PipelineTopic.NAME, "Deal", id, 0, new DealCreatedEvent(id, "marker",
                    BigDecimal.ONE, "RUB", "RUB", BigDecimal.ONE, BigDecimal.ONE, Instant.now(), null, false,
                    markerPipeline, "new", 10, null, null, null, null, null, null, null, null, null)));
            markers++;
        }
        for (int partition : partitions.get(BillingTopic.NAME)) {
            String id = "marker-invoice-" + UUID.randomUUID();
            kafka.sendTo(partition, kafka.record(BillingTopic.NAME, "Invoice", id, 0, new InvoiceCreatedEvent(id,
                    InvoiceSource.MANUAL, null, null, null, null, markerResponsible, false, "RUB", "RUB", BigDecimal.ONE,
                    false, List.of(), List.of(), BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE, 14, null,
                    Instant.now())));
            kafka.sendTo(partition, kafka.record(BillingTopic.NAME, "Invoice", id, 1, new InvoiceIssuedEvent(id, "marker",
                    MARKER_ISSUE_DATE, MARKER_ISSUE_DATE, null, null, null, null, null, markerResponsible, "RUB",
                    BigDecimal.ONE, "RUB", BigDecimal.ONE, BigDecimal.ONE, Instant.now())));
            markerInvoices++;
        }
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
            JsonNode stages = headOfSales.getForObject("/reports/funnel?pipelineId={p}", JsonNode.class, markerPipeline);
            return stages.size() == 1 && stages.get(0).get("deals").asLong() == markers
                    && markerInvoicesCounted() == markerInvoices;
        });
    }

    private long markerInvoicesCounted() {
        JsonNode report = headOfSales.getForObject("/reports/receivables?by=MANAGER&granularity=YEAR&from={from}&to={to}&size=1000",
                JsonNode.class, MARKER_ISSUE_DATE, MARKER_ISSUE_DATE.plusDays(1));
        for (JsonNode row : report.get("rows")) {
            if (markerResponsible.equals(row.get("key").asText())) {
                return row.get("invoices").asLong();
            }
        }
        return 0;
    }

    private TestRestTemplate as(String employee) {
        return TestTokens.as(anonymous, TestTokens.bearer(employee));
    }
}
