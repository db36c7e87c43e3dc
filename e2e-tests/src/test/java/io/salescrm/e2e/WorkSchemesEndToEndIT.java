package io.salescrm.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The article's four work schemes end to end, through the gateway as the administrator, with every service running
 * as {@code ./crm start} starts it: (1) a lead converted into a contact and company, which a deal is then made from;
 * (2) a lead converted straight into a deal with its contact and company; (3) deals made from an existing company
 * and contact; (4) an inquiry in a simple-mode pipeline. Each created deal carries its lineage and is counted by
 * analytics.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkSchemesEndToEndIT {

    private static final Duration SOON = Duration.ofSeconds(30);

    private static CrmLauncher crm;
    private static GatewayClient admin;

    private static String contactId;
    private static String companyId;

    @BeforeAll
    static void startEverything() throws Exception {
        Path home = Path.of(System.getProperty("crm.e2e.home", "target/crm-home") + "-work-schemes");
        ThinSliceEndToEndIT.deleteRecursively(home);
        crm = new CrmLauncher(Path.of(System.getProperty("crm.repo", "..")).toAbsolutePath().normalize(), home);
        crm.run("start", 300);
        admin = GatewayClient.anonymous(crm.gatewayUrl()).signIn("admin", "admin");
    }

    @AfterAll
    static void stopEverything() {
        if (crm != null) {
            crm.run("stop", 180);
        }
    }

    @Test
    @Order(1)
    void variant1ALeadBecomesAContactAndCompanyAndThenADealIsMadeFromThem() {
        String leadId = lead("Variant 1 inquiry", "500.00");

        GatewayClient.Response converted = admin.post("/api/pipeline/leads/" + leadId + "/convert",
                Map.of("contact", Map.of(), "company", Map.of()));

        assertThat(converted.status()).as("%s", converted.body()).isEqualTo(200);
        assertThat(converted.body().get("dealId").isNull()).isTrue();
        contactId = converted.body().get("contactId").asText();
        companyId = converted.body().get("companyId").asText();
        JsonNode lead = awaitConverted(leadId);
        assertThat(lead.get("status").asText()).isEqualTo("CONVERTED");
        assertThat(lead.at("/conversion/contactId").asText()).isEqualTo(contactId);
        assertThat(awaitShown("/api/pipeline/contacts/" + contactId, null).get("originLeadId").asText()).isEqualTo(leadId);
        assertThat(awaitShown("/api/pipeline/companies/" + companyId, null).get("originLeadId").asText()).isEqualTo(leadId);

        JsonNode deal = countedByAnalytics(new BigDecimal("150.00"), () -> admin.post(
                "/api/pipeline/deals/from-contact/" + contactId, Map.of("title", "Follow-up order", "amount", "150.00", "currency", "RUB")));
        assertThat(deal.get("contactIds").get(0).asText()).isEqualTo(contactId);
        assertThat(deal.get("companyId").asText()).isEqualTo(companyId);

        GatewayClient.Response twice = admin.post("/api/pipeline/leads/" + leadId + "/convert", Map.of("deal", Map.of()));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body().get("rule").asText()).isEqualTo("already-converted");
    }

    @Test
    @Order(2)
    void variant2ALeadBecomesADealWithItsContactAndCompanyInOneRequest() {
        String leadId = lead("Variant 2 fast sale", "1000.00");
        JsonNode[] result = new JsonNode[1];

        JsonNode deal = countedByAnalytics(new BigDecimal("1000.00"), () -> {
            GatewayClient.Response converted = admin.post("/api/pipeline/leads/" + leadId + "/convert", Map.of("deal", Map.of()));
            result[0] = converted.body();
            return converted;
        });

        assertThat(deal.get("originLeadId").asText()).isEqualTo(leadId);
        assertThat(deal.get("title").asText()).isEqualTo("Variant 2 fast sale");
        assertThat(deal.get("source").asText()).isEqualTo("WEBSITE");
        assertThat(deal.get("companyId").asText()).isEqualTo(result[0].get("companyId").asText());
        assertThat(deal.get("contactIds").get(0).asText()).isEqualTo(result[0].get("contactId").asText());
        assertThat(awaitConverted(leadId).at("/conversion/dealId").asText())
                .isEqualTo(deal.get("id").asText());
    }

    @Test
    @Order(3)
    void variant3ADealIsMadeFromAnExistingCompany() {
        JsonNode deal = countedByAnalytics(new BigDecimal("2000.00"), () -> admin.post(
                "/api/pipeline/deals/from-company/" + companyId, Map.of("title", "Company's second deal", "amount", "2000.00")));

        assertThat(deal.get("companyId").asText()).isEqualTo(companyId);
        assertThat(deal.get("originLeadId").isNull()).isTrue();
    }

    @Test
    @Order(4)
    void variant4AnInquiryInASimpleModePipelineCreatesContactCompanyAndDealInOneStep() {
        GatewayClient.Response pipeline = admin.post("/api/pipeline/pipelines", Map.of("name", "Walk-in sales",
                "simpleMode", true, "stages", List.of(
                        stage("incoming", "Incoming", "IN_PROGRESS", 30),
                        stage("sold", "Sold", "WON", 100),
                        stage("gone", "Gone", "LOST", 0))));
        assertThat(pipeline.status()).as("%s", pipeline.body()).isEqualTo(201);
        String pipelineId = pipeline.body().get("id").asText();
        JsonNode[] result = new JsonNode[1];

        JsonNode deal = countedByAnalytics(new BigDecimal("750.00"), () -> {
            GatewayClient.Response inquiry = admin.post("/api/pipeline/pipelines/" + pipelineId + "/inquiries", Map.of(
                    "person", Map.of("firstName", "Pavel", "lastName", "Orlov", "phones", List.of(Map.of("number", uniquePhone(), "type", "MOBILE"))),
                    "company", Map.of("name", "Walk-in customer " + UUID.randomUUID()),
                    "title", "Two chairs", "amount", "750.00", "currency", "RUB"));
            result[0] = inquiry.body();
            return inquiry;
        });

        assertThat(deal.get("pipelineId").asText()).isEqualTo(pipelineId);
        assertThat(deal.get("companyId").asText()).isEqualTo(result[0].get("companyId").asText());
        JsonNode contact = awaitShown("/api/pipeline/contacts/" + result[0].get("contactId").asText(), null);
        assertThat(contact.get("companyIds").get(0).asText()).isEqualTo(result[0].get("companyId").asText());

        String leadId = lead("Belongs to no simple pipeline", "10.00");
        GatewayClient.Response intoSimple = admin.post("/api/pipeline/leads/" + leadId + "/convert",
                Map.of("deal", Map.of("pipelineId", pipelineId)));
        assertThat(intoSimple.status()).isEqualTo(422);
        assertThat(intoSimple.body().get("rule").asText()).isEqualTo("simple-mode-pipeline");
        GatewayClient.Response notSimple = admin.post("/api/pipeline/pipelines/sales/inquiries",
                Map.of("person", Map.of("lastName", "Nobody"), "title", "Wrong pipeline"));
        assertThat(notSimple.status()).isEqualTo(422);
        assertThat(notSimple.body().get("rule").asText()).isEqualTo("not-simple-mode");
    }

    /** Creates the deal with {@code creation} and waits until analytics counts it with {@code amount} (base currency). */
    private static JsonNode countedByAnalytics(BigDecimal amount, java.util.function.Supplier<GatewayClient.Response> creation) {
        JsonNode before = admin.get("/api/analytics/deals/summary").body();
        GatewayClient.Response created = creation.get();
        assertThat(created.status()).as("%s", created.body()).isIn(200, 201);
        String dealId = created.body().get("dealId").asText();
        await().atMost(SOON).untilAsserted(() -> {
            JsonNode summary = admin.get("/api/analytics/deals/summary").body();
            assertThat(summary.get("dealCount").asLong()).isEqualTo(before.get("dealCount").asLong() + 1);
            assertThat(new BigDecimal(summary.get("totalAmount").asText()))
                    .isEqualByComparingTo(new BigDecimal(before.get("totalAmount").asText()).add(amount));
        });
        return awaitShown("/api/pipeline/deals/" + dealId, null);
    }

    private static String lead(String title, String expectedAmount) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("name", Map.of("first", "Anna", "last", "Smirnova"));
        body.put("companyName", "Company " + UUID.randomUUID());
        body.put("phones", List.of(Map.of("number", uniquePhone(), "type", "MOBILE")));
        body.put("emails", List.of("lead-" + UUID.randomUUID() + "@example.test"));
        body.put("source", "WEBSITE");
        body.put("expectedAmount", expectedAmount);
        body.put("currency", "RUB");
        GatewayClient.Response created = admin.post("/api/pipeline/leads?force=true", body);
        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        return created.body().get("id").asText();
    }

    private static Map<String, Object> stage(String id, String name, String semantics, int probability) {
        return Map.of("stageId", id, "name", name, "semantics", semantics, "probability", probability, "colour", "#8fb3ff");
    }

    /** The lead once the read model shows it converted (its lineage is applied before its status). */
    private static JsonNode awaitConverted(String leadId) {
        return await().atMost(SOON).until(() -> admin.get("/api/pipeline/leads/" + leadId),
                response -> response.status() == 200 && "CONVERTED".equals(response.body().path("status").asText())).body();
    }

    private static JsonNode awaitShown(String path, String field) {
        return await().atMost(SOON).until(() -> admin.get(path), response -> response.status() == 200
                && (field == null || !response.body().path(field).isMissingNode() && !response.body().path(field).isNull())).body();
    }

    private static String uniquePhone() {
        return "+7 9" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }
}
