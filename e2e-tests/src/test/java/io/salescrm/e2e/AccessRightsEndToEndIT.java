package io.salescrm.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.pipeline.api.PipelineTopic;
import io.salescrm.pipeline.api.lead.LeadCreatedEvent;
import io.salescrm.pipeline.api.lead.LeadDetails;
import io.salescrm.pipeline.api.lead.LeadSource;
import io.salescrm.platform.test.KafkaEventWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Sign-in and access rights across services, through the gateway: an org tree with a head of sales, a group head
 * and managers; each sees and counts only what his role allows; a role change takes effect within seconds; a
 * target split must add up; new leads are distributed round robin over three managers.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessRightsEndToEndIT {

    private static final String PASSWORD = "correct-horse-1";
    private static final Duration SOON = Duration.ofSeconds(30);

    private static CrmLauncher crm;
    private static GatewayClient anonymous;
    private static GatewayClient admin;
    private static final Map<String, String> units = new HashMap<>();
    private static final Map<String, String> employees = new LinkedHashMap<>();

    @BeforeAll
    static void startEverything() throws Exception {
        Path home = Path.of(System.getProperty("crm.e2e.home", "target/crm-home") + "-access");
        ThinSliceEndToEndIT.deleteRecursively(home);
        crm = new CrmLauncher(Path.of(System.getProperty("crm.repo", "..")).toAbsolutePath().normalize(), home);
        crm.run("start", 300);
        anonymous = GatewayClient.anonymous(crm.gatewayUrl());
        admin = anonymous.signIn("admin", "admin");
    }

    @AfterAll
    static void stopEverything() {
        if (crm != null) {
            crm.run("stop", 180);
        }
    }

    @Test
    @Order(1)
    void withoutATokenEveryApiIsA401Problem() {
        for (String path : List.of("/api/pipeline/deals", "/api/analytics/deals/summary", "/api/org/units")) {
            GatewayClient.Response response = anonymous.get(path);
            assertThat(response.status()).as(path).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(anonymous.post("/api/org/auth/login", Map.of("username", "admin", "password", "wrong-password")).status())
                .isEqualTo(401);
    }

    @Test
    @Order(2)
    void theAdministratorBuildsTheSalesOrganisation() {
        String company = null;
        for (JsonNode unit : admin.get("/api/org/units?size=100").body().get("items")) {
            if ("COMPANY".equals(unit.get("kind").asText())) {
                company = unit.get("id").asText();
            }
        }
        assertThat(company).as("the company created on first start").isNotNull();
        units.put("company", company);
        units.put("sales", createUnit("DEPARTMENT", "Sales", company));
        units.put("groupA", createUnit("SALES_GROUP", "Group A", units.get("sales")));
        units.put("groupA1", createUnit("SALES_GROUP", "Group A1", units.get("groupA")));
        units.put("groupB", createUnit("SALES_GROUP", "Group B", units.get("sales")));
        units.put("groupC", createUnit("SALES_GROUP", "Group C", units.get("sales")));

        hire("head", "sales", "role-head-of-sales");
        hire("leadA", "groupA", "role-group-head");
        hire("managerA", "groupA", "role-manager");
        hire("managerA1", "groupA1", "role-manager");
        hire("managerB", "groupB", "role-manager");
        for (String name : List.of("mgr.c1", "mgr.c2", "mgr.c3")) {
            hire(name, "groupC", "role-manager");
        }
    }

    @Test
    @Order(3)
    void eachManagerCreatesADealOfHisOwn() {
        createDealAs("managerA", "100.00");
        createDealAs("managerA1", "200.00");
        createDealAs("managerB", "300.00");
    }

    @Test
    @Order(4)
    void aManagerSeesAndCountsOnlyHisOwnDeals() {
        assertSees("managerA", 1, "100.00");
        assertSees("managerB", 1, "300.00");
    }

    @Test
    @Order(5)
    void aGroupHeadSeesHisGroupAndItsSubgroups() {
        assertSees("leadA", 2, "300.00");
    }

    @Test
    @Order(6)
    void theHeadOfSalesSeesEverything() {
        assertSees("head", 3, "600.00");
    }

    @Test
    @Order(7)
    void aRoleChangeTakesEffectWithinSeconds() {
        GatewayClient.Response assigned = admin.post("/api/org/roles/role-head-of-sales/assignments",
                Map.of("subjectType", "EMPLOYEE", "subjectId", employees.get("managerB")));
        assertThat(assigned.status()).isIn(200, 201);
        assertSees("managerB", 3, "600.00");
    }

    @Test
    @Order(8)
    void aTargetSplitThatDoesNotAddUpIsRefused() {
        GatewayClient.Response target = admin.post("/api/org/targets", Map.of(
                "periodType", "QUARTER", "periodStart", "2027-01-01", "subjectType", "COMPANY",
                "subjectId", units.get("company"), "measure", "AMOUNT", "amount", "1000.00", "currency", "RUB"));
        assertThat(target.status()).as(target.toString()).isEqualTo(201);
        String id = target.body().get("id").asText();

        GatewayClient.Response wrong = admin.post("/api/org/targets/" + id + "/split", Map.of("children", List.of(
                part(units.get("groupA"), "600.00"), part(units.get("groupB"), "300.00"))));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(wrong.body().get("detail").asText()).contains("1000").contains("900");

        GatewayClient.Response right = admin.post("/api/org/targets/" + id + "/split", Map.of("children", List.of(
                part(units.get("groupA"), "600.00"), part(units.get("groupB"), "400.00"))));
        assertThat(right.status()).as(right.toString()).isBetween(200, 299);
    }

    @Test
    @Order(9)
    void newLeadsAreDistributedRoundRobinOverThreeManagers() {
        GatewayClient.Response rule = admin.post("/api/org/distribution-rules", Map.of(
                "name", "Group C takes everything", "targetUnitId", units.get("groupC"),
                "strategy", "ROUND_ROBIN", "priority", 1));
        assertThat(rule.status()).as(rule.toString()).isEqualTo(201);
        String ruleId = rule.body().get("id").asText();

        List<String> leads = new ArrayList<>();
        try (KafkaEventWriter kafka = new KafkaEventWriter(crm.kafkaBootstrapServers())) {
            for (int i = 0; i < 6; i++) {
                String lead = UUID.randomUUID().toString();
                leads.add(lead);
                kafka.send(kafka.record(PipelineTopic.NAME, "Lead", lead, 0,
                        new LeadCreatedEvent(lead, null, LeadDetails.titled("Inquiry " + i, LeadSource.WEBSITE), null, false, Instant.now())));
            }
        }
        List<String> groupC = List.of(employees.get("mgr.c1"), employees.get("mgr.c2"), employees.get("mgr.c3"));
        await().atMost(SOON).untilAsserted(() -> {
            List<String> picked = new ArrayList<>();
            for (String lead : leads) {
                GatewayClient.Response decision = admin.get("/api/org/lead-assignments/" + lead);
                assertThat(decision.status()).isEqualTo(200);
                assertThat(decision.body().get("ruleId").asText()).isEqualTo(ruleId);
                picked.add(decision.body().get("employeeId").asText());
            }
            assertThat(picked.subList(0, 3)).containsExactlyInAnyOrderElementsOf(groupC);
            assertThat(picked.subList(3, 6)).isEqualTo(picked.subList(0, 3));
        });
    }

    private static Map<String, Object> part(String unitId, String amount) {
        return Map.of("subjectType", "UNIT", "subjectId", unitId, "amount", amount, "currency", "RUB");
    }

    private static String createUnit(String kind, String name, String parent) {
        GatewayClient.Response created = admin.post("/api/org/units", Map.of("kind", kind, "name", name, "parentUnitId", parent));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.body().get("id").asText();
        await().atMost(SOON).until(() -> admin.get("/api/org/units/" + id).status() == 200);
        return id;
    }

    private static void hire(String login, String unit, String roleId) {
        Map<String, Object> body = Map.of("login", login.toLowerCase(), "password", PASSWORD, "fullName", login,
                "email", login.toLowerCase() + "@example.com", "position", "Sales", "primaryUnitId", units.get(unit));
        GatewayClient.Response hired = admin.post("/api/org/employees", body);
        assertThat(hired.status()).as(hired.toString()).isEqualTo(201);
        String id = hired.body().get("id").asText();
        employees.put(login, id);
        GatewayClient.Response assigned = admin.post("/api/org/roles/" + roleId + "/assignments",
                Map.of("subjectType", "EMPLOYEE", "subjectId", id));
        assertThat(assigned.status()).as(assigned.toString()).isIn(200, 201);
    }

    private static GatewayClient as(String login) {
        return anonymous.signIn(login.toLowerCase(), PASSWORD);
    }

    private static void createDealAs(String login, String amount) {
        GatewayClient manager = as(login);
        // The services learn about the new employee and his role from org events over Kafka: allow them a moment.
        await().atMost(SOON).untilAsserted(() -> {
            GatewayClient.Response created = manager.post("/api/pipeline/deals",
                    Map.of("title", "Deal of " + login, "amount", amount, "currency", "RUB"));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
        });
    }

    private static void assertSees(String login, int deals, String total) {
        GatewayClient viewer = as(login);
        await().atMost(SOON).untilAsserted(() -> {
            GatewayClient.Response list = viewer.get("/api/pipeline/deals?size=100");
            assertThat(list.status()).as(list.toString()).isEqualTo(200);
            assertThat(list.body().get("items")).hasSize(deals);
            assertThat(list.body().get("totalItems").asLong()).isEqualTo(deals);
            GatewayClient.Response summary = viewer.get("/api/analytics/deals/summary");
            assertThat(summary.status()).as(summary.toString()).isEqualTo(200);
            assertThat(summary.body().get("dealCount").asLong()).isEqualTo(deals);
            assertThat(new java.math.BigDecimal(summary.body().get("totalAmount").asText()))
                    .isEqualByComparingTo(total);
        });
    }
}
