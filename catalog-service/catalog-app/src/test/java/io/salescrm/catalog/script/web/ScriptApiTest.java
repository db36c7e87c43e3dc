package io.salescrm.catalog.script.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.catalog.web.CatalogClient;
import io.salescrm.platform.test.SalesTeam;
import io.salescrm.platform.test.ServiceIntegrationTest;
import io.salescrm.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.salescrm.catalog.script.ScriptMother.ASK;
import static io.salescrm.catalog.script.ScriptMother.GREET;
import static io.salescrm.catalog.script.ScriptMother.changeBody;
import static io.salescrm.catalog.script.ScriptMother.requestBody;
import static io.salescrm.catalog.script.ScriptMother.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Standard scripts through the HTTP API: the Head of sales is a catalog manager in the test roles. */
@ServiceIntegrationTest
class ScriptApiTest {

    private static final Duration FEW_SECONDS = Duration.ofSeconds(15);

    @Autowired
    TestRestTemplate anonymous;
    SalesTeam team;

    @BeforeEach
    void signIn() {
        team = SalesTeam.shared();
        SalesTeam.awaitReadable(anonymous, "/scripts", team.headOfSales(), team.managerA1());
    }

    @Test
    void aStandardScriptIsWrittenRevisedAndEveryVersionStaysReadable() {
        CatalogClient catalog = CatalogClient.manager(anonymous);
        String productId = catalog.create("/products", CatalogClient.product(CatalogClient.unique("SCR"), "Pump", null, Map.of()));
        String id = create(requestBody("PRODUCT", productId));
        ResponseEntity<JsonNode> revised = exchange(team.headOfSales(), HttpMethod.PUT, "/scripts/" + id, Map.of(
                "expectedVersion", 1, "title", "Pump call",
                "steps", List.of(step("needs", "ASK", ASK.text(), null), step(null, "SAY", "Shall I send the offer?", null))));
        assertThat(revised.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(revised.getBody().get("version").asLong()).isEqualTo(2);

        await().atMost(FEW_SECONDS).untilAsserted(() -> {
            JsonNode latest = get(team.managerA1(), "/scripts/" + id).getBody();
            assertThat(latest.get("version").asLong()).isEqualTo(2);
            assertThat(latest.get("steps")).hasSize(2);
            assertThat(latest.get("steps").get(1).get("stepId").asText()).startsWith("s-");
        });
        JsonNode found = get(team.managerA1(), "/scripts?scopeKind=PRODUCT&scopeId=" + productId).getBody();
        assertThat(found.get("totalItems").asLong()).isEqualTo(1);
        assertThat(get(team.managerA1(), "/scripts/" + id + "/versions").getBody().get("totalItems").asLong()).isEqualTo(2);
        JsonNode first = get(team.managerA1(), "/scripts/" + id + "/versions/1").getBody();
        assertThat(first.get("steps")).hasSize(3);
        assertThat(first.get("steps").get(2).get("answer").asText()).isEqualTo("Compare the cost per year of use.");
    }

    @Test
    void aScopeHasOneStandardScript() {
        String sectionId = CatalogClient.manager(anonymous).section(CatalogClient.unique("Scripts "), null);
        create(requestBody("SECTION", sectionId));
        ResponseEntity<JsonNode> second = post(team.headOfSales(), "/scripts", requestBody("SECTION", sectionId));
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(second.getBody().get("rule").asText()).isEqualTo("script-exists-for-scope");
        assertThat(post(team.headOfSales(), "/scripts", requestBody("PIPELINE_STAGE", sectionId)).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void aProductOrSectionOutsideTheCatalogIsA400() {
        assertField(post(team.headOfSales(), "/scripts", requestBody("PRODUCT", UUID.randomUUID().toString())), "scopeId");
        assertField(post(team.headOfSales(), "/scripts", requestBody("SECTION", UUID.randomUUID().toString())), "scopeId");
    }

    @Test
    void badStepsAreA400NamingTheField() {
        var body = requestBody("PIPELINE_STAGE", UUID.randomUUID().toString());
        body.put("steps", List.of(step("a", "OBJECTION", "Too expensive", null)));
        assertField(post(team.headOfSales(), "/scripts", body), "steps[0].answer");
        body.put("steps", List.of(step("a", "SHOUT", "Hey", null)));
        assertField(post(team.headOfSales(), "/scripts", body), "steps[0].kind");
        body.put("steps", List.of(step("a", "SAY", "Hey", null), step("a", "SAY", "Again", null)));
        assertField(post(team.headOfSales(), "/scripts", body), "steps[1].stepId");
        body.put("steps", List.of());
        assertField(post(team.headOfSales(), "/scripts", body), "steps");
        body.put("steps", java.util.Collections.nCopies(101, step(null, "SAY", "Hey", null)));
        assertField(post(team.headOfSales(), "/scripts", body), "steps");
    }

    @Test
    void aRevisionFromAStaleVersionIsA409AndUnknownScriptsA404() {
        String id = create(requestBody("PIPELINE_STAGE", UUID.randomUUID().toString()));
        assertThat(exchange(team.headOfSales(), HttpMethod.PUT, "/scripts/" + id, changeBody(1, List.of(GREET))).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> stale = exchange(team.headOfSales(), HttpMethod.PUT, "/scripts/" + id, changeBody(1, List.of(ASK)));
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(stale.getBody().get("rule").asText()).isEqualTo("stale-script-version");
        assertThat(get(team.managerA1(), "/scripts/" + UUID.randomUUID()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(exchange(team.headOfSales(), HttpMethod.PUT, "/scripts/" + UUID.randomUUID(), changeBody(1, List.of(ASK)))
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        await().atMost(FEW_SECONDS).until(() -> get(team.managerA1(), "/scripts/" + id).getStatusCode().is2xxSuccessful());
        assertThat(get(team.managerA1(), "/scripts/" + id + "/versions/9").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void onlyCatalogManagersWriteStandards() {
        assertThat(post(team.managerA1(), "/scripts", requestBody("PIPELINE_STAGE", UUID.randomUUID().toString())).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post(team.groupHeadA(), "/scripts", requestBody("PIPELINE_STAGE", UUID.randomUUID().toString())).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        String id = create(requestBody("PIPELINE_STAGE", UUID.randomUUID().toString()));
        assertThat(exchange(team.managerA1(), HttpMethod.PUT, "/scripts/" + id, changeBody(1, List.of(GREET))).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(team.analyst(), "/scripts").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void listsArePaginatedWithAHardMaximumAndARepeatedKeyCreatesOnce() {
        HttpHeaders headers = TestTokens.headers(team.headOfSales());
        headers.set("Idempotency-Key", "script-" + UUID.randomUUID());
        var body = requestBody("PIPELINE_STAGE", UUID.randomUUID().toString());
        ResponseEntity<JsonNode> first = anonymous.exchange("/scripts", HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
        ResponseEntity<JsonNode> again = anonymous.exchange("/scripts", HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getBody().get("id")).isEqualTo(first.getBody().get("id"));
        await().atMost(FEW_SECONDS).untilAsserted(() ->
                assertThat(get(team.managerA1(), "/scripts?size=1").getBody().get("items")).hasSize(1));
        assertThat(get(team.managerA1(), "/scripts?size=101").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private void assertField(ResponseEntity<JsonNode> response, String field) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").get(0).get("field").asText()).isEqualTo(field);
    }

    private String create(Map<String, Object> body) {
        ResponseEntity<JsonNode> created = post(team.headOfSales(), "/scripts", body);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("id").asText();
    }

    private ResponseEntity<JsonNode> get(String employee, String path) {
        return exchange(employee, HttpMethod.GET, path, null);
    }

    private ResponseEntity<JsonNode> post(String employee, String path, Object body) {
        return exchange(employee, HttpMethod.POST, path, body);
    }

    private ResponseEntity<JsonNode> exchange(String employee, HttpMethod method, String path, Object body) {
        return anonymous.exchange(path, method, new HttpEntity<>(body, TestTokens.headers(employee)), JsonNode.class);
    }
}
