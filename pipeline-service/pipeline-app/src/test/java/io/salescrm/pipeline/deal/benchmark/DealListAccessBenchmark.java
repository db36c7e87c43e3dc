package io.salescrm.pipeline.deal.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.org.api.role.PredefinedRoles;
import io.salescrm.pipeline.deal.DealViewMother;
import io.salescrm.pipeline.deal.query.DealView;
import io.salescrm.platform.access.AccessPolicy;
import io.salescrm.platform.access.AccessScope;
import io.salescrm.platform.test.OrgMother;
import io.salescrm.platform.test.ServiceIntegrationTest;
import io.salescrm.platform.test.TestTokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
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
 * Load harness for the access filter (not a timed unit test; tagged {@code benchmark}, so {@code mvn verify}
 * skips it). 100,000 deals in the read model spread over 200 managers in 20 sales groups (5% of them open);
 * measures, for a Manager (own + open deals) and for a Group head (his group of 10 managers), over 200 requests
 * each after a warm-up: {@code GET /deals?size=50} through HTTP (token check, scope from the access model, count
 * and first page), the count alone, and the scope resolution alone. Prints p50/p95 and writes them to
 * {@code target/benchmark/deal-access.txt}. Run it with
 * {@code mvn -B -pl pipeline-service/pipeline-app test -Dtest=DealListAccessBenchmark -Dcrm.benchmark.excluded=none}.
 */
@Tag("benchmark")
@ServiceIntegrationTest
class DealListAccessBenchmark {

    static final int DEALS = 100_000;
    static final int GROUPS = 20;
    static final int MANAGERS_PER_GROUP = 10;
    static final int REQUESTS = 200;
    static final int WARM_UP = 30;
    static final double OPEN_SHARE = 0.05;

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    AccessPolicy policy;

    @Test
    void listAndCountForAManagerAndAGroupHead() throws IOException {
        List<String> heads = new ArrayList<>();
        List<List<String>> managers = new ArrayList<>();
        try (OrgMother org = OrgMother.onEmbeddedKafka()) {
            org.withPredefinedRoles();
            String company = org.company("Benchmark company");
            String sales = org.department("Sales", company);
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

        long started = System.nanoTime();
        Random random = new Random(42);
        Instant now = Instant.now();
        int[] perManager = new int[allManagers.size()];
        int open = 0;
        List<DealView> batch = new ArrayList<>();
        for (int i = 0; i < DEALS; i++) {
            int owner = random.nextInt(allManagers.size());
            boolean isOpen = random.nextDouble() < OPEN_SHARE;
            perManager[owner]++;
            open += isOpen ? 1 : 0;
            batch.add(DealViewMother.newDeal("bench-" + i, "Deal " + i, new BigDecimal(random.nextInt(1_000_000) + ".00"),
                    now.minusSeconds(random.nextInt(365 * 24 * 3600)), allManagers.get(owner), isOpen));
            if (batch.size() == 2_000) {
                mongo.insert(batch, DealView.class);
                batch.clear();
            }
        }
        long loadMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();

        String manager = managers.get(3).get(4);
        String head = heads.get(7);
        int managerOwn = perManager[allManagers.indexOf(manager)];
        long managerSees = countWhere(manager, open);
        long headSees = managers.get(7).stream().mapToLong(m -> perManager[allManagers.indexOf(m)]).sum();

        // the access model has caught up when both see exactly their deals
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(total(manager)).isEqualTo(managerSees);
            assertThat(total(head)).isEqualTo(headSees);
        });

        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "deals=%d managers=%d groups=%d open=%d; loaded into the read model in %d ms",
                DEALS, allManagers.size(), GROUPS, open, loadMillis));
        report.add(String.format(Locale.ROOT, "manager sees %d (own %d + open %d); group head sees %d", managerSees,
                managerOwn, managerSees - managerOwn, headSees));
        for (String[] who : new String[][]{{"manager", manager}, {"group head", head}}) {
            String employee = who[1];
            TestRestTemplate as = TestTokens.as(anonymous, TestTokens.bearer(employee));
            report.add(measure(who[0] + ": GET /deals?size=50 (HTTP: token, scope, count, page)", () -> {
                ResponseEntity<JsonNode> page = as.getForEntity("/deals?size=50", JsonNode.class);
                assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
                return page.getBody().get("items").size();
            }));
            report.add(measure(who[0] + ": count in the database (scope resolved once)", () -> {
                AccessScope scope = policy.scopeFor(employee, EntityType.DEAL, Action.READ);
                return (int) mongo.count(new Query(scope.toCriteria(DealView.RESPONSIBLE, DealView.OPEN)), DealView.class);
            }));
            report.add(measure(who[0] + ": scope resolution from the access model alone", () ->
                    policy.scopeFor(employee, EntityType.DEAL, Action.READ).responsibleIds().size()));
        }
        report.forEach(System.out::println);
        Path out = Path.of("target", "benchmark", "deal-access.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
    }

    private long countWhere(String manager, int open) {
        return mongo.count(new Query(AccessScope.of(List.of(manager), true).toCriteria(DealView.RESPONSIBLE, DealView.OPEN)), DealView.class);
    }

    private long total(String employee) {
        ResponseEntity<JsonNode> page = TestTokens.as(anonymous, TestTokens.bearer(employee)).getForEntity("/deals?size=1", JsonNode.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        return page.getBody().get("totalItems").asLong();
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
        return String.format(Locale.ROOT, "%-75s n=%d p50=%7.1f ms p95=%7.1f ms max=%7.1f ms", what, REQUESTS,
                millis[REQUESTS / 2], millis[(int) Math.ceil(REQUESTS * 0.95) - 1], millis[REQUESTS - 1]);
    }
}
