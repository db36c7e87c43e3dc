package io.salescrm.analytics.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.analytics.deal.DealFact;
import io.salescrm.analytics.deal.DealFactMother;
import io.salescrm.analytics.pipeline.PipelineStageOrder;
import io.salescrm.platform.test.ServiceIntegrationTest;
import io.salescrm.platform.test.TestTokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Load harness for the analytics reports (tagged {@code benchmark}, so {@code mvn verify} skips it): 1,000,000 deal
 * facts ({@code -Dcrm.benchmark.deals=N}) bulk-inserted into {@code deal_facts} (with their pipelines' stage order), folded from generated histories by
 * {@link DealFactMother} (3 pipelines of 6 stages, created over the last 3 years, about 60% won or lost, 3-6 stage
 * stays each) for 200 managers in 20 groups of 2 departments ({@link BenchmarkOrg}). After a warm-up, measures
 * through HTTP (token, scope from the access model, aggregation in the database, JSON) for a Manager, a Group head
 * and the Head of sales: deal figures by manager per month over a year, by group per quarter, by department and by
 * pipeline per year over 3 years, the ranking, the funnel now and a year and a half ago, the stage dwell and the
 * summary. Prints p50/p95 with the load time and heap, and writes them to {@code target/benchmark/analytics-reports.txt}.
 * It needs a large heap (the embedded MongoDB keeps the facts in this JVM); see README "Analytics" for the command.
 */
@Tag("benchmark")
@ServiceIntegrationTest
class AnalyticsReportBenchmark {

    static final int DEALS = Integer.getInteger("crm.benchmark.deals", 1_000_000);
    /** Measured requests per figure, after {@code crm.benchmark.warm-up} unmeasured ones. */
    static final int REQUESTS = Integer.getInteger("crm.benchmark.requests", 10);
    static final int WARM_UP = Integer.getInteger("crm.benchmark.warm-up", 2);
    static final int BATCH = 5_000;

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    MongoTemplate mongo;

    @Test
    void reportsOverAMillionDealsForAManagerAGroupHeadAndTheHeadOfSales() throws IOException {
        BenchmarkOrg org = BenchmarkOrg.publish();
        org.awaitKnownBy(anonymous, mongo);
        List<String> pipelines = List.of("benchmark-sales", "benchmark-renewals", "benchmark-partners");
        LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        Instant now = Instant.now();
        DealFactMother mother = new DealFactMother(20261128L, pipelines, org.groupOfManager(),
                tomorrow.minusYears(3).atStartOfDay(ZoneOffset.UTC).toInstant(), now);

        Map<String, Long> dealsOf = new HashMap<>();
        long started = System.nanoTime();
        List<PipelineStageOrder.Stage> stages = new ArrayList<>();
        for (int s = 0; s < DealFactMother.STAGES.size(); s++) {
            stages.add(new PipelineStageOrder.Stage(DealFactMother.STAGES.get(s), DealFactMother.semantics().get(s)));
        }
        pipelines.forEach(pipeline -> mongo.insert(new PipelineStageOrder(pipeline, stages, 0)));
        List<DealFact> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < DEALS; i++) {
            DealFact fact = mother.fact("bench-deal-" + i);
            dealsOf.merge(fact.responsibleId(), 1L, Long::sum);
            batch.add(fact);
            if (batch.size() == BATCH || i == DEALS - 1) {
                mongo.insert(batch, DealFact.class);
                batch.clear();
            }
        }
        long loadMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        System.gc();
        long heapUsedMb = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;

        String manager = org.manager(3, 4);
        int group = 7;
        String groupHead = org.groupHeads().get(group);
        long groupDeals = org.groupOfManager().entrySet().stream().filter(e -> e.getValue().equals(org.groups().get(group)))
                .mapToLong(e -> dealsOf.getOrDefault(e.getKey(), 0L)).sum();
        // every caller sees exactly the deals of his scope before anything is timed
        await().atMost(Duration.ofSeconds(600)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            assertThat(dealCount(org.headOfSales())).isEqualTo(DEALS);
            assertThat(dealCount(groupHead)).isEqualTo(groupDeals);
            assertThat(dealCount(manager)).isEqualTo(dealsOf.get(manager));
        });

        String from1y = tomorrow.minusYears(1).toString();
        String from3y = tomorrow.minusYears(3).toString();
        String to = tomorrow.toString();
        String lastMonth = tomorrow.minusMonths(1).toString();
        Instant past = now.minus(Duration.ofDays(548));
        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "deal_facts=%d in %d pipelines of %d stages, managers=%d groups=%d departments=%d; "
                        + "bulk-inserted in %d ms; heap used after load %d MB of max %d MB; %d measured requests after %d warm-up",
                DEALS, pipelines.size(), DealFactMother.STAGES.size(), org.groupOfManager().size(), BenchmarkOrg.GROUPS,
                BenchmarkOrg.DEPARTMENTS, loadMillis, heapUsedMb, Runtime.getRuntime().maxMemory() >> 20, REQUESTS, WARM_UP));
        report.add(String.format(Locale.ROOT, "deals seen: manager %d, group head %d, head of sales %d",
                dealsOf.get(manager), groupDeals, (long) DEALS));
        for (String[] who : new String[][]{{"manager", manager}, {"group head", groupHead}, {"head of sales", org.headOfSales()}}) {
            TestRestTemplate as = TestTokens.as(anonymous, TestTokens.bearer(who[1]));
            report.add(measure(who[0], "/reports/deals by MANAGER per MONTH, 1 year", () -> rows(as.getForEntity(
                    "/reports/deals?by=MANAGER&granularity=MONTH&from={f}&to={t}&size=1000", JsonNode.class, from1y, to))));
            report.add(measure(who[0], "/reports/deals by GROUP per QUARTER, 3 years", () -> rows(as.getForEntity(
                    "/reports/deals?by=GROUP&granularity=QUARTER&from={f}&to={t}&size=1000", JsonNode.class, from3y, to))));
            report.add(measure(who[0], "/reports/deals by DEPARTMENT per YEAR, 3 years", () -> rows(as.getForEntity(
                    "/reports/deals?by=DEPARTMENT&granularity=YEAR&from={f}&to={t}&size=1000", JsonNode.class, from3y, to))));
            report.add(measure(who[0], "/reports/deals by PIPELINE per YEAR, 3 years", () -> rows(as.getForEntity(
                    "/reports/deals?by=PIPELINE&granularity=YEAR&from={f}&to={t}&size=1000", JsonNode.class, from3y, to))));
            report.add(measure(who[0], "/reports/ranking by MANAGER, WON_VOLUME, last month", () -> ok(as.getForEntity(
                    "/reports/ranking?by=MANAGER&granularity=MONTH&at={at}&figure=WON_VOLUME&size=500", JsonNode.class,
                    lastMonth)).size()));
            report.add(measure(who[0], "/reports/funnel now", () -> ok(as.getForEntity(
                    "/reports/funnel?pipelineId={p}", JsonNode.class, pipelines.get(0))).size()));
            report.add(measure(who[0], "/reports/funnel at 18 months ago", () -> ok(as.getForEntity(
                    "/reports/funnel?pipelineId={p}&at={at}", JsonNode.class, pipelines.get(0), past)).size()));
            report.add(measure(who[0], "/reports/stage-dwell, 1 year", () -> ok(as.getForEntity(
                    "/reports/stage-dwell?pipelineId={p}&from={f}&to={t}", JsonNode.class, pipelines.get(0), from1y, to)).size()));
            report.add(measure(who[0], "/deals/summary", () -> (int) ok(as.getForEntity("/deals/summary", JsonNode.class))
                    .get("dealCount").asLong()));
        }
        report.forEach(System.out::println);
        Path out = Path.of("target", "benchmark", "analytics-reports.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
    }

    private long dealCount(String employee) {
        return ok(TestTokens.as(anonymous, TestTokens.bearer(employee)).getForEntity("/deals/summary", JsonNode.class))
                .get("dealCount").asLong();
    }

    private static int rows(ResponseEntity<JsonNode> response) {
        return ok(response).get("totalRows").asInt();
    }

    private static JsonNode ok(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    /** p50/p95/max of {@link #REQUESTS} calls after {@link #WARM_UP}; {@code size} is what the last call returned. */
    private static String measure(String who, String what, Supplier<Integer> call) {
        for (int i = 0; i < WARM_UP; i++) {
            call.get();
        }
        double[] millis = new double[REQUESTS];
        int size = 0;
        for (int i = 0; i < REQUESTS; i++) {
            long t = System.nanoTime();
            size = call.get();
            millis[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(millis);
        String line = String.format(Locale.ROOT, "%-14s %-52s rows=%-6d n=%d p50=%8.1f ms p95=%8.1f ms max=%8.1f ms",
                who, what, size, REQUESTS, millis[REQUESTS / 2], millis[(int) Math.ceil(REQUESTS * 0.95) - 1],
                millis[REQUESTS - 1]);
        System.out.println(line);
        return line;
    }
}
