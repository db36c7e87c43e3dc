package io.salescrm.analytics.deal;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.org.api.role.PredefinedRoles;
import io.salescrm.pipeline.api.PipelineTopic;
import io.salescrm.pipeline.api.deal.DealCreatedEvent;
import io.salescrm.pipeline.api.deal.DealWonEvent;
import io.salescrm.platform.test.EmbeddedInfrastructure;
import io.salescrm.platform.test.KafkaEventWriter;
import io.salescrm.platform.test.OrgMother;
import io.salescrm.platform.test.SalesTeam;
import io.salescrm.platform.test.ServiceIntegrationTest;
import io.salescrm.platform.test.TestTokens;
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
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Deal figures and rankings by DEPARTMENT: each fact's group rolls up to the nearest DEPARTMENT unit at or above it in
 * the org tree as it is now, so groups and sub-groups of one department merge, and moving a group moves its figures.
 */
@ServiceIntegrationTest
class DepartmentDimensionApiTest {

    private static final String REPORT = "/reports/deals?by=DEPARTMENT&granularity=MONTH&from=2026-03-01&to=2026-04-01&size=1000";

    @Autowired
    TestRestTemplate anonymous;

    private KafkaEventWriter kafka;
    private SalesTeam team;

    @BeforeEach
    void setUp() {
        kafka = new KafkaEventWriter(EmbeddedInfrastructure.kafkaBootstrapServers());
        team = SalesTeam.fresh();
        SalesTeam.awaitReadable(anonymous, "/deals/summary", team.headOfSales());
    }

    @AfterEach
    void tearDown() {
        kafka.close();
    }

    @Test
    void groupsRollUpToTheirNearestDepartment() {
        String keyAccounts;
        String keyAccountManager;
        try (OrgMother org = OrgMother.onEmbeddedKafka()) {
            keyAccounts = org.department("Key accounts", team.company());
            keyAccountManager = org.employee("Key account manager", org.salesGroup("Key accounts group", keyAccounts));
        }
        won(team.managerA1(), "100.00");
        won(team.managerA3(), "30.00");
        won(team.managerB1(), "7.00");
        won(keyAccountManager, "50.00");
        Set<String> departments = Set.of(team.salesDepartment(), keyAccounts);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(rows(departments)).containsExactlyInAnyOrder(
                team.salesDepartment() + " 3 137.00", keyAccounts + " 1 50.00"));

        try (OrgMother org = OrgMother.onEmbeddedKafka()) {
            org.moveUnit(team.groupB(), team.salesDepartment(), keyAccounts);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(rows(departments)).containsExactlyInAnyOrder(
                team.salesDepartment() + " 2 130.00", keyAccounts + " 2 57.00"));
    }

    /**
     * A head of a region (Group head: his unit and every unit below) ranks its departments by won volume in April
     * against March: nested departments rank on their own, the region's own group counts for the region itself.
     */
    @Test
    void departmentsRankAgainstThePreviousPeriod() {
        String region;
        String north;
        String south;
        String west;
        String northManager;
        String southManager;
        String westManager;
        String deskManager;
        String regionHead;
        try (OrgMother org = OrgMother.onEmbeddedKafka()) {
            region = org.department("Region", team.company());
            north = org.department("North", region);
            south = org.department("South", region);
            west = org.department("West", region);
            northManager = org.employee("North manager", org.salesGroup("North group", north));
            southManager = org.employee("South manager",
                    org.salesGroup("South sub-group", org.salesGroup("South group", south)));
            westManager = org.employee("West manager", org.salesGroup("West group", west));
            deskManager = org.employee("Desk manager", org.salesGroup("Region desk", region));
            regionHead = org.employee("Region head", region);
            org.assign(PredefinedRoles.GROUP_HEAD, regionHead);
        }
        SalesTeam.awaitReadable(anonymous, "/deals/summary", regionHead);
        won(northManager, "100.00", "2026-03-05T10:00:00Z");
        won(northManager, "300.00", "2026-04-30T23:00:00Z");
        won(northManager, "20.00", "2026-04-02T08:00:00Z");
        won(southManager, "500.00", "2026-03-31T10:00:00Z");
        won(southManager, "200.00", "2026-04-01T00:00:00Z");
        won(deskManager, "50.00", "2026-04-10T00:00:00Z");
        won(westManager, "70.00", "2026-03-20T00:00:00Z");
        won(team.managerA1(), "999.00", "2026-04-10T00:00:00Z");
        TestRestTemplate head = TestTokens.as(anonymous, TestTokens.bearer(regionHead));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(ranking(head,
                "/reports/ranking?by=DEPARTMENT&granularity=MONTH&at=2026-04-15&figure=WON_VOLUME")).containsExactly(
                "1 " + north + " 320.00 100.00 220.00",
                "2 " + south + " 200.00 500.00 -300.00",
                "3 " + region + " 50.00 - -",
                "4 " + west + " - 70.00 -"));
        assertThat(ranking(head, "/reports/ranking?by=DEPARTMENT&granularity=MONTH&at=2026-04-15&figure=WON&size=1"))
                .containsExactly("1 " + north + " 2 1 1");
    }

    /** The ranking as "rank key value previousValue change", "-" for null. */
    private static List<String> ranking(TestRestTemplate as, String path) {
        List<String> rows = new ArrayList<>();
        as.getForObject(path, JsonNode.class).forEach(row -> rows.add(String.join(" ", row.get("rank").asText(),
                text(row.get("key")), text(row.get("value")), text(row.get("previousValue")), text(row.get("change")))));
        return rows;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "-" : node.asText();
    }

    /** The rows of {@code departments} as "key won wonVolume", as the head of sales (who sees everything) reads them. */
    private List<String> rows(Set<String> departments) {
        JsonNode report = TestTokens.as(anonymous, TestTokens.bearer(team.headOfSales())).getForObject(REPORT, JsonNode.class);
        List<String> rows = new ArrayList<>();
        report.get("rows").forEach(row -> {
            if (departments.contains(row.get("key").asText())) {
                rows.add(row.get("key").asText() + " " + row.get("won").asText() + " " + row.get("wonVolume").asText());
            }
        });
        return rows;
    }

    private void won(String manager, String amount) {
        won(manager, amount, "2026-03-10T10:00:00Z");
    }

    private void won(String manager, String amount, String at) {
        String id = "deal-" + UUID.randomUUID();
        Instant wonAt = Instant.parse(at);
        kafka.send(kafka.record(PipelineTopic.NAME, "Deal", id, 0, new DealCreatedEvent(id, "Deal", new BigDecimal(amount),
                "RUB", "RUB", BigDecimal.ONE, new BigDecimal(amount), wonAt.minusSeconds(86_400), manager, false, "sales",
                "new", 10, null, null, null, null, null, null, null, null, null)));
        kafka.send(kafka.record(PipelineTopic.NAME, "Deal", id, 1, new DealWonEvent(id, "sales", "won", new BigDecimal(amount),
                "RUB", "RUB", BigDecimal.ONE, new BigDecimal(amount), manager, wonAt)));
    }
}
