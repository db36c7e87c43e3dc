package io.salescrm.pipeline.deal.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.org.api.role.PredefinedRoles;
import io.salescrm.pipeline.api.pipeline.DefaultPipeline;
import io.salescrm.pipeline.api.pipeline.PipelineStage;
import io.salescrm.pipeline.deal.DealViewMother;
import io.salescrm.pipeline.deal.query.DealView;
import io.salescrm.platform.test.OrgMother;
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
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Load harness for the kanban board and the filtered deal list (not a timed unit test; tagged {@code benchmark},
 * so {@code mvn verify} skips it). 100,000 deals of the default pipeline in the read model, spread over its six
 * stages and 200 managers in 20 sales groups (5% open); measures through HTTP (token check, scope from the access
 * model, database work, JSON), over 60 requests each after 10 warm-up requests, for a Manager (own + open deals),
 * a Group head (his group of 10) and the Head of sales (all): the board with 20 deals per column, one column's
 * third page, and the list sorted by amount with a status filter and a title search. Prints p50/p95 and writes them to
 * {@code target/benchmark/deal-kanban.txt}. Run it with
 * {@code mvn -B -pl pipeline-service/pipeline-app test -Dtest=DealKanbanBenchmark -Dcrm.benchmark.excluded=none}.
 */
@Tag("benchmark")
@ServiceIntegrationTest
class DealKanbanBenchmark {

    static final int DEALS = 100_000;
    static final int GROUPS = 20;
    static final int MANAGERS_PER_GROUP = 10;
    /** Measured requests per figure; {@code -Dcrm.benchmark.requests=N} (and {@code crm.benchmark.warm-up})
     * trade precision for time on a slow machine. */
    static final int REQUESTS = Integer.getInteger("crm.benchmark.requests", 60);
    static final int WARM_UP = Integer.getInteger("crm.benchmark.warm-up", 10);
    static final double OPEN_SHARE = 0.05;

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    MongoTemplate mongo;

    @Test
    void kanbanAndListForAManagerAGroupHeadAndTheHeadOfSales() throws IOException {
        List<String> heads = new ArrayList<>();
        List<List<String>> managers = new ArrayList<>();
        String headOfSales;
        try (OrgMother org = OrgMother.onEmbeddedKafka()) {
            org.withPredefinedRoles();
            String company = org.company("Benchmark company");
            String sales = org.department("Sales", company);
            headOfSales = org.employee("Head of sales", sales);
            org.assign(PredefinedRoles.HEAD_OF_SALES, headOfSales);
            for (int g = 0; g < GROUPS; g++) {
                String group = org.salesGroup("Group " + g, sales);
                String head = org.employee("Head " + g, group);
                org.assign(PredefinedRoles.GROUP_HEAD, head);
                heads.add(head);
                List<String> members = new ArrayList<>();
                for (int m = 0; m < MANAGERS_PER_GROUP; m++) {
                    String manager = org.employee("Manager " + g + "-" + m, group);
                    org.assign(PredefinedRoles.MANAGER, manager);
                    members.add(manager);
                }
                managers.add(members);
            }
        }
        List<String> allManagers = managers.stream().flatMap(List::stream).toList();
        List<PipelineStage> stages = DefaultPipeline.STAGES;

        long started = System.nanoTime();
        Random random = new Random(42);
        Instant now = Instant.now();
        List<DealView> batch = new ArrayList<>();
        for (int i = 0; i < DEALS; i++) {
            PipelineStage stage = stages.get(random.nextInt(stages.size()));
            batch.add(DealViewMother.inStage("kanban-" + i, "Deal " + i, new BigDecimal(random.nextInt(1_000_000) + ".00"),
                    now.minusSeconds(random.nextInt(365 * 24 * 3600)), allManagers.get(random.nextInt(allManagers.size())),
                    random.nextDouble() < OPEN_SHARE, stage.stageId(), stage.semantics()));
            if (batch.size() == 2_000) {
                mongo.insert(batch, DealView.class);
                batch.clear();
            }
        }
        long loadMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();

        String manager = managers.get(3).get(4);
        String head = heads.get(7);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(boardTotal(headOfSales)).isGreaterThanOrEqualTo(DEALS);
            assertThat(boardTotal(head)).isPositive();
            assertThat(boardTotal(manager)).isPositive();
        });

        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "deals=%d in %d stages, managers=%d groups=%d; loaded into the read model in %d ms",
                DEALS, stages.size(), allManagers.size(), GROUPS, loadMillis));
        for (String[] who : new String[][]{{"manager", manager}, {"group head", head}, {"head of sales", headOfSales}}) {
            TestRestTemplate as = TestTokens.as(anonymous, TestTokens.bearer(who[1]));
            report.add(who[0] + " sees " + boardTotal(who[1]) + " deals on the board");
            report.add(measure(who[0] + ": GET /pipelines/sales/kanban?size=20", () ->
                    ok(as.getForEntity("/pipelines/sales/kanban?size=20", JsonNode.class)).get("columns").size()));
            report.add(measure(who[0] + ": GET /pipelines/sales/kanban/proposal?page=2&size=20", () ->
                    ok(as.getForEntity("/pipelines/sales/kanban/proposal?page=2&size=20", JsonNode.class)).get("deals").size()));
            report.add(measure(who[0] + ": GET /deals?status=OPEN&sort=amount&size=50", () ->
                    ok(as.getForEntity("/deals?status=OPEN&sort=amount&direction=desc&size=50", JsonNode.class)).get("items").size()));
            report.add(measure(who[0] + ": GET /deals?q=Deal 12&sort=createdAt&size=50", () ->
                    ok(as.getForEntity("/deals?q=Deal 12&size=50", JsonNode.class)).get("items").size()));
        }
        report.forEach(System.out::println);
        Path out = Path.of("target", "benchmark", "deal-kanban.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
    }

    private long boardTotal(String employee) {
        JsonNode board = ok(TestTokens.as(anonymous, TestTokens.bearer(employee)).getForEntity("/pipelines/sales/kanban?size=1", JsonNode.class));
        long total = 0;
        for (JsonNode column : board.get("columns")) {
            total += column.get("count").asLong();
        }
        return total;
    }

    private static JsonNode ok(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static String measure(String what, Supplier<Integer> call) {
        for (int i = 0; i < WARM_UP; i++) {
            call.get();
        }
        double[] millis = new double[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            long t = System.nanoTime();
            call.get();
            millis[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(millis);
        return String.format(Locale.ROOT, "%-60s n=%d p50=%7.1f ms p95=%7.1f ms max=%7.1f ms", what, REQUESTS,
                millis[REQUESTS / 2], millis[(int) Math.ceil(REQUESTS * 0.95) - 1], millis[REQUESTS - 1]);
    }
}
