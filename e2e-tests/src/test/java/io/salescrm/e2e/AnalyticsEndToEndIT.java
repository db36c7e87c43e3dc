package io.salescrm.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Analytics through the gateway, fed only by what people do in the other services: the administrator builds a sales
 * department with two groups (a group head and two managers each), a head of sales and an analyst, and a pipeline;
 * the managers create deals, one in US dollars, which are won, lost or moved on; sales-org gets targets, billing an
 * invoice that is issued and partly paid. Every analytics figure is asserted exactly as derived from those acts,
 * for each role's share of it; then the administrator rebuilds the read models and, once the progress says caught
 * up, every figure is the same again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnalyticsEndToEndIT {

    private static final String PASSWORD = "correct-horse-1";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final String YEAR = Integer.toString(TODAY.getYear());
    private static final String RANGE = "granularity=YEAR&from=" + TODAY.withDayOfYear(1) + "&to=" + TODAY.plusDays(2);
    private static final LocalDate MONTH = TODAY.withDayOfMonth(1);

    private static CrmLauncher crm;
    private static GatewayClient anonymous;
    private static GatewayClient admin;
    private static final Map<String, String> units = new HashMap<>();
    private static final Map<String, String> employees = new HashMap<>();
    private static String pipeline;
    private static BigDecimal dollarDealInBase;

    @BeforeAll
    static void startEverything() throws Exception {
        Path home = Path.of(System.getProperty("crm.e2e.home", "target/crm-home") + "-analytics");
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
    void theAdministratorBuildsTheSalesDepartmentAndAPipeline() {
        for (JsonNode unit : admin.get("/api/org/units?size=100").body().get("items")) {
            if ("COMPANY".equals(unit.get("kind").asText())) {
                units.put("company", unit.get("id").asText());
            }
        }
        assertThat(units).containsKey("company");
        units.put("sales", createUnit("DEPARTMENT", "Sales", units.get("company")));
        units.put("groupA", createUnit("SALES_GROUP", "Group A", units.get("sales")));
        units.put("groupB", createUnit("SALES_GROUP", "Group B", units.get("sales")));
        hire("head", "sales", "role-head-of-sales");
        hire("lead.a", "groupA", "role-group-head");
        hire("mgr.a1", "groupA", "role-manager");
        hire("mgr.a2", "groupA", "role-manager");
        hire("lead.b", "groupB", "role-group-head");
        hire("mgr.b1", "groupB", "role-manager");
        hire("mgr.b2", "groupB", "role-manager");
        hire("analyst", "company", "role-analyst");

        pipeline = created(admin.post("/api/pipeline/pipelines", Map.of("name", "Analytics", "stages", List.of(
                stage("new", "IN_PROGRESS", 10), stage("offer", "IN_PROGRESS", 50),
                stage("won", "WON", 100), stage("lost", "LOST", 0)))));
    }

    @Test
    @Order(2)
    void theManagersSellWinAndLose() {
        String a1Won = createDealAs("mgr.a1", "1000.00", "RUB");
        String a1Lost = createDealAs("mgr.a1", "500.00", "RUB");
        String a1Dollars = createDealAs("mgr.a1", "200.00", "USD");
        String a2Offer = createDealAs("mgr.a2", "300.00", "RUB");
        String a2Won = createDealAs("mgr.a2", "700.00", "RUB");
        String b1Won = createDealAs("mgr.b1", "400.00", "RUB");
        createDealAs("mgr.b1", "250.00", "RUB");
        String b2Lost = createDealAs("mgr.b2", "600.00", "RUB");

        for (String deal : List.of(a1Won, a1Dollars, a2Won, b1Won)) {
            move(deal, Map.of("stageId", "won"));
        }
        for (String deal : List.of(a1Lost, b2Lost)) {
            move(deal, Map.of("stageId", "lost", "lostReason", "price"));
        }
        move(a2Offer, Map.of("stageId", "offer"));

        JsonNode dollars = await().atMost(PATIENCE).until(() -> admin.get("/api/pipeline/deals/" + a1Dollars),
                response -> response.status() == 200).body();
        BigDecimal rate = new BigDecimal(dollars.get("rateToBase").asText());
        dollarDealInBase = new BigDecimal("200.00").multiply(rate).setScale(2, RoundingMode.HALF_EVEN);
        assertThat(new BigDecimal(dollars.get("amountInBase").asText())).isEqualByComparingTo(dollarDealInBase);
    }

    @Test
    @Order(3)
    void salesOrgSetsTargetsAndBillingInvoicesPartOfIt() {
        created(admin.post("/api/org/targets", Map.of("periodType", "MONTH", "periodStart", MONTH.toString(),
                "subjectType", "EMPLOYEE", "subjectId", employees.get("mgr.a1"), "measure", "AMOUNT",
                "amount", "20000.00", "currency", "RUB")));
        created(admin.post("/api/org/targets", Map.of("periodType", "MONTH", "periodStart", MONTH.toString(),
                "subjectType", "UNIT", "subjectId", units.get("groupA"), "measure", "WON_COUNT", "count", 4)));

        String company = created(admin.post("/api/pipeline/companies?force=true", Map.of(
                "name", "Ромашка", "legalName", "ООО «Ромашка»", "taxId", "7707083893", "kpp", "770701001",
                "bank", Map.of("bankName", "ПАО Сбербанк", "bic", "044525225",
                        "settlementAccount", "40702810938000000001", "correspondentAccount", "30101810400000000225"))));
        // billing learns the company from the pipeline topic
        String invoice = await().atMost(PATIENCE).until(() -> {
            GatewayClient.Response response = admin.post("/api/billing/invoices", Map.of("companyId", company,
                    "currency", "RUB", "responsibleId", employees.get("mgr.a1"),
                    "lines", List.of(Map.of("name", "Консультация", "quantity", "1", "unitPrice", "1000.00"))));
            return response.status() == 201 ? response.body().get("id").asText() : null;
        }, id -> id != null);
        await().atMost(PATIENCE).until(() -> admin.post("/api/billing/invoices/" + invoice + "/issue", Map.of()).status() == 200);
        assertThat(admin.post("/api/billing/invoices/" + invoice + "/payments", Map.of("amount", "400.00",
                "paidOn", TODAY.toString(), "method", "BANK_TRANSFER", "reference", "пп 7")).status()).isEqualTo(201);
    }

    @Test
    @Order(4)
    void theHeadOfSalesSeesEveryFigureOfTheDepartment() {
        GatewayClient head = as("head");
        BigDecimal a1Volume = new BigDecimal("1000.00").add(dollarDealInBase);
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(dealRows(head, "MANAGER")).containsExactlyInAnyOrder(
                    row("mgr.a1", 3, 0, 2, 1, a1Volume, "0.6667"),
                    row("mgr.a2", 2, 1, 1, 0, new BigDecimal("700.00"), "1"),
                    row("mgr.b1", 2, 1, 1, 0, new BigDecimal("400.00"), "1"),
                    row("mgr.b2", 1, 0, 0, 1, BigDecimal.ZERO, "0"));
            assertThat(dealRows(head, "GROUP")).containsExactlyInAnyOrder(
                    row(units.get("groupA"), 5, 1, 3, 1, a1Volume.add(new BigDecimal("700.00")), "0.75"),
                    row(units.get("groupB"), 3, 1, 1, 1, new BigDecimal("400.00"), "0.5"));
            assertThat(receivableRows(head, "MANAGER")).containsExactly(
                    employees.get("mgr.a1") + "|" + YEAR + "|1|1000|400|600|0");
            assertThat(planVsActual(head)).containsExactlyInAnyOrder(
                    "EMPLOYEE|" + employees.get("mgr.a1") + "|AMOUNT|20000|" + plain(a1Volume) + "|"
                            + plain(a1Volume.multiply(BigDecimal.valueOf(100)).divide(new BigDecimal("20000"), 2, RoundingMode.HALF_EVEN)),
                    "UNIT|" + units.get("groupA") + "|WON_COUNT|4|3|75");
        });
        assertThat(receivableRows(head, "GROUP")).containsExactly(units.get("groupA") + "|" + YEAR + "|1|1000|400|600|0");
        assertThat(funnel(head)).containsExactly(
                "lost|2|1100",
                "new|1|250",
                "offer|1|300",
                "won|4|" + plain(a1Volume.add(new BigDecimal("1100.00"))));
        assertThat(ranking(head)).containsExactly(
                "1|" + employees.get("mgr.a1") + "|" + plain(a1Volume),
                "2|" + employees.get("mgr.a2") + "|700",
                "3|" + employees.get("mgr.b1") + "|400",
                "4|" + employees.get("mgr.b2") + "|0");
    }

    @Test
    @Order(5)
    void aManagerSeesHisOwnFiguresAGroupHeadHisGroupsAndTheAnalystAllButMayNotRebuild() {
        BigDecimal a1Volume = new BigDecimal("1000.00").add(dollarDealInBase);
        assertThat(dealRows(as("mgr.a2"), "MANAGER")).containsExactly(row("mgr.a2", 2, 1, 1, 0, new BigDecimal("700.00"), "1"));
        assertThat(receivableRows(as("mgr.a2"), "MANAGER")).isEmpty();
        assertThat(receivableRows(as("mgr.a1"), "MANAGER")).containsExactly(employees.get("mgr.a1") + "|" + YEAR + "|1|1000|400|600|0");
        assertThat(dealRows(as("lead.a"), "MANAGER")).containsExactlyInAnyOrder(
                row("mgr.a1", 3, 0, 2, 1, a1Volume, "0.6667"),
                row("mgr.a2", 2, 1, 1, 0, new BigDecimal("700.00"), "1"));
        assertThat(dealRows(as("lead.b"), "GROUP")).containsExactly(
                row(units.get("groupB"), 3, 1, 1, 1, new BigDecimal("400.00"), "0.5"));
        assertThat(funnel(as("lead.b"))).containsExactly("lost|1|600", "new|1|250", "won|1|400");

        GatewayClient analyst = as("analyst");
        assertThat(dealRows(analyst, "MANAGER")).isEqualTo(dealRows(as("head"), "MANAGER"));
        assertThat(analyst.post("/api/analytics/admin/rebuild", Map.of()).status()).isEqualTo(403);
        assertThat(analyst.get("/api/analytics/admin/rebuild").status()).isEqualTo(403);

        String export = "/api/analytics/exports/deals?format=CSV&pipelineId=" + pipeline + "&" + RANGE + "&by=";
        // a Manager reads his own figures but has no ANALYTICS EXPORT right
        assertThat(as("mgr.a2").getText(export + "MANAGER").status()).isEqualTo(403);
        GatewayClient.TextResponse groupB = as("lead.b").getText(export + "MANAGER");
        assertThat(groupB.status()).isEqualTo(200);
        assertThat(groupB.contentType()).startsWith("text/csv");
        assertThat(groupB.contentDisposition()).startsWith("attachment");
        assertThat(groupB.body()).startsWith("key,period,created,open,won,lost,wonVolume,averageCheck,conversion\r\n");
        assertThat(groupB.body().split("\r\n")).containsExactlyInAnyOrder(
                "key,period,created,open,won,lost,wonVolume,averageCheck,conversion",
                employees.get("mgr.b1") + "," + YEAR + ",2,1,1,0,400.00,400.00,1.0000",
                employees.get("mgr.b2") + "," + YEAR + ",1,0,0,1,0.00,,0.0000");
        GatewayClient.TextResponse all = analyst.getText(export + "GROUP");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body().split("\r\n")).hasSize(3).contains(
                units.get("groupB") + "," + YEAR + ",3,1,1,1,400.00,400.00,0.5000");
    }

    @Test
    @Order(6)
    void afterARebuildHasCaughtUpEveryFigureIsTheSame() {
        GatewayClient head = as("head");
        List<String> before = everything(head);

        GatewayClient.Response started = admin.post("/api/analytics/admin/rebuild", Map.of());
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        JsonNode progress = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                .until(() -> admin.get("/api/analytics/admin/rebuild").body(), body -> body.get("caughtUp").asBoolean());

        assertThat(everything(head)).isEqualTo(before);
        assertThat(progress.get("startedAt").isNull()).isFalse();
        assertThat(progress.get("eventsHandled").asLong()).isPositive();
        for (JsonNode partition : progress.get("partitions")) {
            assertThat(partition.get("consumed").asLong()).as(partition.toString())
                    .isGreaterThanOrEqualTo(partition.get("endOffset").asLong());
        }
    }

    /** Every report of the head of sales as text, for comparing before and after the rebuild. */
    private static List<String> everything(GatewayClient head) {
        List<String> reports = new ArrayList<>();
        reports.addAll(dealRows(head, "MANAGER"));
        reports.addAll(dealRows(head, "GROUP"));
        reports.addAll(dealRows(head, "DEPARTMENT"));
        reports.addAll(receivableRows(head, "MANAGER"));
        reports.addAll(receivableRows(head, "GROUP"));
        reports.addAll(planVsActual(head));
        reports.addAll(funnel(head));
        reports.addAll(ranking(head));
        reports.add(head.get("/api/analytics/deals/summary").body().toString());
        return reports;
    }

    /** The expected deal figures row of an employee (by login) or a unit (by id), "key|period|created|...". */
    private static String row(String keyOrLogin, long created, long open, long won, long lost, BigDecimal volume, String conversion) {
        String key = employees.getOrDefault(keyOrLogin, keyOrLogin);
        String average = won == 0 ? "null" : plain(volume.divide(BigDecimal.valueOf(won), 2, RoundingMode.HALF_EVEN));
        return String.join("|", key, YEAR, Long.toString(created), Long.toString(open), Long.toString(won),
                Long.toString(lost), plain(volume), average, conversion);
    }

    private static List<String> dealRows(GatewayClient viewer, String by) {
        GatewayClient.Response report = viewer.get("/api/analytics/reports/deals?by=" + by + "&size=1000&pipelineId="
                + pipeline + "&" + RANGE);
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        List<String> rows = new ArrayList<>();
        for (JsonNode row : report.body().get("rows")) {
            rows.add(String.join("|", row.get("key").asText(), row.get("period").asText(), row.get("created").asText(),
                    row.get("open").asText(), row.get("won").asText(), row.get("lost").asText(), plain(row.get("wonVolume")),
                    plain(row.get("averageCheck")), plain(row.get("conversion"))));
        }
        return rows;
    }

    private static List<String> receivableRows(GatewayClient viewer, String by) {
        GatewayClient.Response report = viewer.get("/api/analytics/reports/receivables?by=" + by + "&size=1000&" + RANGE);
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        List<String> rows = new ArrayList<>();
        for (JsonNode row : report.body().get("rows")) {
            rows.add(String.join("|", row.get("key").asText(), row.get("period").asText(), row.get("invoices").asText(),
                    plain(row.get("invoiced")), plain(row.get("paid")), plain(row.get("outstanding")), plain(row.get("overdue"))));
        }
        return rows;
    }

    private static List<String> planVsActual(GatewayClient viewer) {
        GatewayClient.Response report = viewer.get("/api/analytics/reports/plan-vs-actual?from=" + MONTH + "&to="
                + MONTH.plusMonths(1));
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        List<String> rows = new ArrayList<>();
        for (JsonNode row : report.body()) {
            rows.add(String.join("|", row.get("subjectType").asText(), row.get("subjectId").asText(),
                    row.get("measure").asText(), plain(row.get("plan")), plain(row.get("actual")), plain(row.get("percentDone"))));
        }
        return rows;
    }

    private static List<String> funnel(GatewayClient viewer) {
        GatewayClient.Response stages = viewer.get("/api/analytics/reports/funnel?pipelineId=" + pipeline);
        assertThat(stages.status()).as(stages.toString()).isEqualTo(200);
        List<String> rows = new ArrayList<>();
        for (JsonNode stage : stages.body()) {
            rows.add(stage.get("stageId").asText() + "|" + stage.get("deals").asText() + "|" + plain(stage.get("amount")));
        }
        return rows;
    }

    private static List<String> ranking(GatewayClient viewer) {
        GatewayClient.Response ranking = viewer.get("/api/analytics/reports/ranking?by=MANAGER&granularity=YEAR&at="
                + TODAY + "&figure=WON_VOLUME");
        assertThat(ranking.status()).as(ranking.toString()).isEqualTo(200);
        List<String> rows = new ArrayList<>();
        for (JsonNode row : ranking.body()) {
            rows.add(row.get("rank").asText() + "|" + row.get("key").asText() + "|" + plain(row.get("value")));
        }
        return rows;
    }

    /** A decimal without its scale ("700.00" and "700" compare equal), or "null". */
    private static String plain(JsonNode value) {
        return value == null || value.isNull() ? "null" : plain(new BigDecimal(value.asText()));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String createDealAs(String login, String amount, String currency) {
        GatewayClient manager = as(login);
        // the services learn about the new employee and his role from org events over Kafka: allow them a moment
        return await().atMost(PATIENCE).until(() -> {
            GatewayClient.Response response = manager.post("/api/pipeline/deals", Map.of("title", "Deal of " + login,
                    "amount", amount, "currency", currency, "pipelineId", pipeline));
            return response.status() == 201 ? response.body().get("id").asText() : null;
        }, id -> id != null);
    }

    private static void move(String deal, Map<String, Object> target) {
        GatewayClient.Response moved = admin.post("/api/pipeline/deals/" + deal + "/stage", target);
        assertThat(moved.status()).as(moved.toString()).isBetween(200, 204);
    }

    private static String createUnit(String kind, String name, String parent) {
        String id = created(admin.post("/api/org/units", Map.of("kind", kind, "name", name, "parentUnitId", parent)));
        await().atMost(PATIENCE).until(() -> admin.get("/api/org/units/" + id).status() == 200);
        return id;
    }

    private static void hire(String login, String unit, String roleId) {
        String id = created(admin.post("/api/org/employees", Map.of("login", login, "password", PASSWORD,
                "fullName", login, "email", login + "@example.com", "position", "Sales", "primaryUnitId", units.get(unit))));
        employees.put(login, id);
        GatewayClient.Response assigned = admin.post("/api/org/roles/" + roleId + "/assignments",
                Map.of("subjectType", "EMPLOYEE", "subjectId", id));
        assertThat(assigned.status()).as(assigned.toString()).isIn(200, 201);
    }

    private static GatewayClient as(String login) {
        return anonymous.signIn(login, PASSWORD);
    }

    private static Map<String, Object> stage(String id, String semantics, int probability) {
        return Map.of("stageId", id, "name", id, "semantics", semantics, "probability", probability, "colour", "#336699");
    }

    private static String created(GatewayClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.body().get("id").asText();
    }
}
