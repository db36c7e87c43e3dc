package io.salescrm.pipeline.lead.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.platform.test.SalesTeam;
import io.salescrm.platform.test.ServiceIntegrationTest;
import io.salescrm.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.salescrm.pipeline.lead.LeadMother.requestBody;
import static io.salescrm.pipeline.lead.LeadMother.uniquePhone;
import static io.salescrm.pipeline.lead.LeadMother.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The lead API through real HTTP, as the Head of sales (allowed everything); access rules in LeadAccessApiTest. */
@ServiceIntegrationTest
class LeadApiTest {

    private static final Duration FEW_SECONDS = Duration.ofSeconds(15);

    @Autowired
    TestRestTemplate anonymous;
    TestRestTemplate http;
    SalesTeam team;

    @BeforeEach
    void signIn() {
        team = SalesTeam.shared();
        SalesTeam.awaitReadable(anonymous, "/leads", team.headOfSales());
        http = TestTokens.as(anonymous, TestTokens.bearer(team.headOfSales()));
    }

    @Test
    void aCreatedLeadIsReadableWithItsDetailsAmountInBaseAndStatusNew() {
        ResponseEntity<JsonNode> created = post("/leads", requestBody("Website inquiry"));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = created.getBody().get("id").asText();
        assertThat(created.getHeaders().getLocation()).hasPath("/leads/" + id);

        JsonNode lead = awaitLead(id);
        assertThat(lead.get("status").asText()).isEqualTo("NEW");
        assertThat(lead.get("responsibleId").asText()).isEqualTo(team.headOfSales());
        assertThat(lead.get("details").get("title").asText()).isEqualTo("Website inquiry");
        assertThat(lead.get("details").get("expectedAmount").get("amountInBase").asText()).isEqualTo("80000.00");
        assertThat(lead.get("details").get("expectedAmount").get("rateToBase").asText()).isEqualTo("80.00");
    }

    @Test
    void badInputIsA400NamingTheField() {
        assertInvalid(with(requestBody("x"), "title", " "), "title");
        assertInvalid(with(requestBody("x"), "currency", "XYZ"), "currency");
        assertInvalid(with(requestBody("x"), "expectedAmount", "-1"), "expectedAmount");
        assertInvalid(with(requestBody("x"), "phones", List.of(Map.of("number", "call me", "type", "WORK"))), "phones[0]");
        assertInvalid(with(requestBody("x"), "emails", List.of("not-an-email")), "emails[0]");
        assertInvalid(with(requestBody("x"), "source", "CARRIER_PIGEON"), "source");
        assertThat(http.getForEntity("/leads?size=101", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.getForEntity("/leads?sort=password", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.getForEntity("/leads/x?asOf=yesterday", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void anUnknownLeadIsA404Problem() {
        ResponseEntity<JsonNode> response = http.getForEntity("/leads/" + UUID.randomUUID(), JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(post("/leads/" + UUID.randomUUID() + "/status", Map.of("status", "IN_WORK")).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aLikelyDuplicateIsA409WithItsCandidatesUnlessForced() {
        String phone = uniquePhone();
        Map<String, Object> first = with(requestBody("First"), "phones", List.of(Map.of("number", phone, "type", "WORK")));
        String firstId = post("/leads", first).getBody().get("id").asText();
        awaitLead(firstId);

        String sameNumberOtherwiseWritten = "+7" + phone.replaceAll("\\D", "").substring(1);
        Map<String, Object> second = with(requestBody("Second"), "phones", List.of(Map.of("number", sameNumberOtherwiseWritten, "type", "MOBILE")));
        ResponseEntity<JsonNode> refused = post("/leads", second);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getBody().get("rule").asText()).isEqualTo("duplicate");
        JsonNode candidate = refused.getBody().get("candidates").get(0);
        assertThat(candidate.get("id").asText()).isEqualTo(firstId);
        assertThat(candidate.get("kind").asText()).isEqualTo("LEAD");
        assertThat(candidate.get("matchedOn").get(0).asText()).isEqualTo("phone");

        Map<String, Object> sameEmail = with(requestBody("Third"), "emails", List.of(((List<?>) first.get("emails")).get(0).toString().toUpperCase()));
        assertThat(post("/leads", sameEmail).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        assertThat(post("/leads?force=true", second).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void changingAPhoneToAnotherLeadsIsCheckedForDuplicates() {
        String phone = uniquePhone();
        String taken = post("/leads", with(requestBody("Holder"), "phones", List.of(Map.of("number", phone, "type", "WORK"))))
                .getBody().get("id").asText();
        String other = post("/leads", requestBody("Other")).getBody().get("id").asText();
        awaitLead(taken);
        awaitLead(other);

        Map<String, Object> change = with(requestBody("Other"), "phones", List.of(Map.of("number", phone, "type", "WORK")));
        assertThat(put("/leads/" + other, change).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        ResponseEntity<JsonNode> forced = put("/leads/" + other + "?force=true", change);
        assertThat(forced.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(forced.getBody().get("details").get("phones").get(0).get("number").asText()).isEqualTo(phone);
    }

    @Test
    void statusChangesFollowTheRulesAndAsOfShowsThePast() throws InterruptedException {
        String id = post("/leads", requestBody("Status flow")).getBody().get("id").asText();
        awaitLead(id);
        Instant whileNew = Instant.now();
        Thread.sleep(20);

        assertThat(post("/leads/" + id + "/status", Map.of("status", "IN_WORK")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<JsonNode> noReason = post("/leads/" + id + "/status", Map.of("status", "JUNK"));
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<JsonNode> converted = post("/leads/" + id + "/status", Map.of("status", "CONVERTED"));
        assertThat(converted.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(converted.getBody().get("rule").asText()).isEqualTo("conversion-only");
        assertThat(post("/leads/" + id + "/status", Map.of("status", "JUNK", "reason", "no budget")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        await().atMost(FEW_SECONDS).untilAsserted(() -> {
            JsonNode lead = http.getForObject("/leads/" + id, JsonNode.class);
            assertThat(lead.get("status").asText()).isEqualTo("JUNK");
            assertThat(lead.get("junkReason").asText()).isEqualTo("no budget");
        });
        assertThat(post("/leads/" + id + "/reopen", null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(post("/leads/" + id + "/reopen", null).getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);

        JsonNode past = http.getForObject("/leads/" + id + "?asOf=" + whileNew, JsonNode.class);
        assertThat(past.get("status").asText()).isEqualTo("NEW");
        ResponseEntity<JsonNode> beforeCreation = http.getForEntity("/leads/" + id + "?asOf=2020-01-01T00:00:00Z", JsonNode.class);
        assertThat(beforeCreation.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForObject("/leads/" + id + "?asOf=" + Instant.now(), JsonNode.class).get("status").asText())
                .isEqualTo("IN_WORK");
    }

    @Test
    void aRemovedLeadVanishesButStaysReadableAsOfBeforeTheRemoval() throws InterruptedException {
        String id = post("/leads", requestBody("To be removed")).getBody().get("id").asText();
        awaitLead(id);
        Instant beforeRemoval = Instant.now();
        Thread.sleep(20);
        assertThat(exchange(HttpMethod.DELETE, "/leads/" + id, null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(exchange(HttpMethod.DELETE, "/leads/" + id + "?reason=import undone", null).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        await().atMost(FEW_SECONDS).untilAsserted(() ->
                assertThat(http.getForEntity("/leads/" + id, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
        assertThat(http.getForObject("/leads?size=100&q=To be removed", JsonNode.class).get("items").findValuesAsText("id")).doesNotContain(id);
        assertThat(http.getForObject("/leads/" + id + "?asOf=" + beforeRemoval, JsonNode.class).get("details").get("title").asText())
                .isEqualTo("To be removed");
        assertThat(http.getForEntity("/leads/" + id + "?asOf=" + Instant.now(), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void listsFilterSearchAndSort() {
        String marker = "Marker" + UUID.randomUUID().toString().substring(0, 8);
        String phone = uniquePhone();
        String small = post("/leads", with(with(requestBody(marker + " small"), "expectedAmount", "10.00"), "currency", "RUB")).getBody().get("id").asText();
        String big = post("/leads", with(with(with(requestBody(marker + " big"), "expectedAmount", "5000.00"), "source", "EXHIBITION"),
                "phones", List.of(Map.of("number", phone, "type", "WORK")))).getBody().get("id").asText();
        awaitLead(small);
        awaitLead(big);

        assertThat(ids("/leads?q=" + marker.toLowerCase())).containsExactlyInAnyOrder(small, big);
        assertThat(ids("/leads?q=" + marker + "&source=EXHIBITION")).containsExactly(big);
        assertThat(ids("/leads?q=" + marker + "&amountFrom=1000")).containsExactly(big);
        assertThat(ids("/leads?q=" + marker + "&amountTo=100")).containsExactly(small);
        assertThat(ids("/leads?q=" + marker + "&sort=amount&direction=asc")).containsExactly(small, big);
        assertThat(ids("/leads?q=" + marker + "&sort=amount&direction=desc")).containsExactly(big, small);
        assertThat(ids("/leads?q=" + phone.substring(2, 9))).containsExactly(big);
        assertThat(ids("/leads?q=" + marker + "&status=JUNK")).isEmpty();
        assertThat(ids("/leads?q=" + marker + "&createdFrom=2020-01-01T00:00:00Z&createdTo=2021-01-01T00:00:00Z")).isEmpty();
        JsonNode page = http.getForObject("/leads?q=" + marker + "&size=1", JsonNode.class);
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("totalItems").asLong()).isEqualTo(2);
    }

    @Test
    void bulkReassignmentReportsEveryLead() {
        String first = post("/leads", requestBody("Bulk one")).getBody().get("id").asText();
        String second = post("/leads", requestBody("Bulk two")).getBody().get("id").asText();
        awaitLead(first);
        awaitLead(second);
        String missing = UUID.randomUUID().toString();

        JsonNode report = post("/leads/assign", Map.of("ids", List.of(first, second, missing), "responsibleId", team.managerB1())).getBody();
        assertThat(report.get("results").findValuesAsText("result")).containsExactly("assigned", "assigned", "not-found");
        await().atMost(FEW_SECONDS).untilAsserted(() ->
                assertThat(http.getForObject("/leads/" + second, JsonNode.class).get("responsibleId").asText()).isEqualTo(team.managerB1()));

        assertThat(post("/leads/assign", Map.of("ids", List.of(first), "responsibleId", "nobody")).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(post("/leads/" + first + "/assign", Map.of("responsibleId", team.managerA1())).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void mergingLeadsMakesTheMergedOneReadOnlyAndCompletesTheSurvivor() {
        String survivor = post("/leads", with(requestBody("Survivor"), "companyName", null)).getBody().get("id").asText();
        Map<String, Object> mergedBody = with(requestBody("Merged"), "position", "CEO");
        String merged = post("/leads?force=true", mergedBody).getBody().get("id").asText();
        awaitLead(survivor);
        awaitLead(merged);

        ResponseEntity<JsonNode> result = post("/leads/" + survivor + "/merge", Map.of("mergedId", merged));
        assertThat(result.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(result.getBody().get("details").get("position").asText()).isEqualTo("CEO");
        assertThat(result.getBody().get("details").get("companyName").asText()).isEqualTo(mergedBody.get("companyName"));
        assertThat(result.getBody().get("details").get("phones")).hasSize(2);
        assertThat(result.getBody().get("absorbedIds").get(0).asText()).isEqualTo(merged);

        await().atMost(FEW_SECONDS).untilAsserted(() ->
                assertThat(http.getForObject("/leads/" + merged, JsonNode.class).get("mergedIntoId").asText()).isEqualTo(survivor));
        ResponseEntity<JsonNode> readOnly = post("/leads/" + merged + "/status", Map.of("status", "IN_WORK"));
        assertThat(readOnly.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(readOnly.getBody().get("rule").asText()).isEqualTo("merged");
        assertThat(post("/leads/" + survivor + "/merge", Map.of("mergedId", survivor)).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(ids("/leads?size=100&q=" + ((List<?>) mergedBody.get("emails")).get(0))).doesNotContain(merged);
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private JsonNode awaitLead(String id) {
        return await().atMost(FEW_SECONDS).until(() -> http.getForEntity("/leads/" + id, JsonNode.class),
                response -> response.getStatusCode() == HttpStatus.OK).getBody();
    }

    private List<String> ids(String path) {
        ResponseEntity<JsonNode> page = http.getForEntity(path, JsonNode.class);
        assertThat(page.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return page.getBody().get("items").findValuesAsText("id");
    }

    private void assertInvalid(Map<String, Object> body, String field) {
        ResponseEntity<JsonNode> response = post("/leads", body);
        assertThat(response.getStatusCode()).as(field).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("errors").findValuesAsText("field")).containsExactly(field);
    }

    private ResponseEntity<JsonNode> post(String path, Object body) {
        return exchange(HttpMethod.POST, path, body);
    }

    private ResponseEntity<JsonNode> put(String path, Object body) {
        return exchange(HttpMethod.PUT, path, body);
    }

    private ResponseEntity<JsonNode> exchange(HttpMethod method, String path, Object body) {
        return http.exchange(path, method, new HttpEntity<>(body, TestTokens.headers(team.headOfSales())), JsonNode.class);
    }
}
