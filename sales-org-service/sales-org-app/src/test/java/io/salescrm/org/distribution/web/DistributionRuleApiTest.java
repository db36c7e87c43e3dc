package io.salescrm.org.distribution.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.org.auth.TestSignIn;
import io.salescrm.org.distribution.DistributionMother;
import io.salescrm.org.distribution.OrgEvents;
import io.salescrm.org.distribution.command.DistributionRoster;
import io.salescrm.platform.test.ServiceIntegrationTest;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.salescrm.org.distribution.DistributionMother.newId;
import static io.salescrm.org.distribution.DistributionMother.ruleBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The rules API through real HTTP (same context as the H2 distribution flow test). Every rule here names a pipeline
 * of its own, or takes only exhibition leads, so it never matches the leads of the flow tests.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = "crm.distribution.rule-snapshot-every=" + DistributionMother.SNAPSHOT_EVERY)
class DistributionRuleApiTest {

    TestRestTemplate http;

    @Autowired
    void signIn(TestRestTemplate anonymous) {
        http = TestSignIn.asAdmin(anonymous);
    }

    @Autowired
    EventStore eventStore;
    @Autowired
    DistributionRoster roster;
    @Autowired
    JdbcTemplate jdbc;

    private String pipeline;
    private String group;
    private String closedGroup;
    private String manager;
    private String formerManager;

    @BeforeEach
    void setUp() {
        String tag = newId("api");
        pipeline = tag + "-pipeline";
        group = tag + "-group";
        closedGroup = tag + "-closed";
        manager = tag + "-m";
        formerManager = tag + "-x";
        new OrgEvents(eventStore).salesGroup(group).salesGroup(closedGroup).closeUnit(closedGroup)
                .hire(manager, group).hire(formerManager, group).deactivate(formerManager);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                roster.employeeStatus(formerManager) == DistributionRoster.EmployeeStatus.INACTIVE
                        && roster.unitStatus(closedGroup) == DistributionRoster.UnitStatus.CLOSED);
    }

    @Test
    void aRuleIsCreatedReadListedChangedAndDeleted() {
        ResponseEntity<JsonNode> created = post(ruleBody(" Web leads ", List.of("WEBSITE", "SEARCH_ENGINE", "WEBSITE"),
                pipeline, group, "ROUND_ROBIN", null, 7));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = created.getBody().get("id").asText();
        assertThat(created.getHeaders().getLocation()).hasPath("/distribution-rules/" + id);

        JsonNode rule = awaitRule(id, view -> true);
        assertThat(rule.get("name").asText()).isEqualTo("Web leads");
        assertThat(texts(rule.get("sources"))).containsExactly("WEBSITE", "SEARCH_ENGINE");
        assertThat(rule.get("pipelineId").asText()).isEqualTo(pipeline);
        assertThat(rule.get("targetUnitId").asText()).isEqualTo(group);
        assertThat(rule.get("strategy").asText()).isEqualTo("ROUND_ROBIN");
        assertThat(rule.get("fallbackEmployeeId").isNull()).isTrue();
        assertThat(rule.get("priority").asInt()).isEqualTo(7);
        assertThat(rule.has("deleted")).isFalse();

        JsonNode page = http.getForObject("/distribution-rules?size=100", JsonNode.class);
        assertThat(page.get("totalItems").asLong()).isPositive();
        assertThat(page.get("size").asInt()).isEqualTo(100);

        // any pipeline, but only exhibition leads (which no other test sends)
        ResponseEntity<Void> changed = put(id, ruleBody("Exhibitions", List.of("EXHIBITION"), null, group, "FEWEST_OPEN_LEADS", manager, 3));
        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode after = awaitRule(id, view -> view.get("strategy").asText().equals("FEWEST_OPEN_LEADS"));
        assertThat(texts(after.get("sources"))).containsExactly("EXHIBITION");
        assertThat(after.get("pipelineId").isNull()).isTrue();
        assertThat(after.get("fallbackEmployeeId").asText()).isEqualTo(manager);
        assertThat(after.get("priority").asInt()).isEqualTo(3);

        assertThat(delete(id).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        await().atMost(Duration.ofSeconds(15)).until(() ->
                http.getForEntity("/distribution-rules/" + id, JsonNode.class).getStatusCode() == HttpStatus.NOT_FOUND);
        assertThat(put(id, ruleBody("Again", null, pipeline, group, "ROUND_ROBIN", null, 1)).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(delete(id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aRepeatedIdempotencyKeyReturnsTheFirstRuleAndCreatesNothing() {
        HttpHeaders headers = json();
        headers.set("Idempotency-Key", "rule-" + UUID.randomUUID());
        var body = ruleBody("Retried", List.of(), pipeline, group, "ROUND_ROBIN", null, 1);
        ResponseEntity<JsonNode> first = http.postForEntity("/distribution-rules", new HttpEntity<>(body, headers), JsonNode.class);
        long afterFirst = storedEvents();
        ResponseEntity<JsonNode> second = http.postForEntity("/distribution-rules", new HttpEntity<>(body, headers), JsonNode.class);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(second.getBody().get("id")).isEqualTo(first.getBody().get("id"));
        assertThat(second.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(storedEvents()).isEqualTo(afterFirst);

        var different = ruleBody("Something else", List.of(), pipeline, group, "ROUND_ROBIN", null, 2);
        ResponseEntity<JsonNode> reused = http.postForEntity("/distribution-rules", new HttpEntity<>(different, headers), JsonNode.class);
        assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(reused.getBody().get("rule").asText()).isEqualTo("idempotency-key-reused");
    }

    @Test
    void anUnknownTargetUnitIsA404NamingTheField() {
        ResponseEntity<JsonNode> response = post(ruleBody("Rule", null, pipeline, "no-such-unit", "ROUND_ROBIN", null, 1));
        assertProblem(response, HttpStatus.NOT_FOUND);
        assertThat(response.getBody().get("field").asText()).isEqualTo("targetUnitId");
    }

    @Test
    void aClosedTargetUnitIsA422() {
        ResponseEntity<JsonNode> response = post(ruleBody("Rule", null, pipeline, closedGroup, "ROUND_ROBIN", null, 1));
        assertProblem(response, HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getBody().get("rule").asText()).isEqualTo("unit-closed");
    }

    @Test
    void anUnknownFallbackEmployeeIsA404NamingTheField() {
        ResponseEntity<JsonNode> response = post(ruleBody("Rule", null, pipeline, group, "ROUND_ROBIN", "nobody-" + UUID.randomUUID(), 1));
        assertProblem(response, HttpStatus.NOT_FOUND);
        assertThat(response.getBody().get("field").asText()).isEqualTo("fallbackEmployeeId");
    }

    @Test
    void anInactiveFallbackEmployeeIsA422() {
        ResponseEntity<JsonNode> response = post(ruleBody("Rule", null, pipeline, group, "ROUND_ROBIN", formerManager, 1));
        assertProblem(response, HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getBody().get("rule").asText()).isEqualTo("fallback-inactive");
    }

    @Test
    void everyInvalidFieldIsNamedAtOnce() {
        assertInvalid(ruleBody(" ", null, "", "", null, "", -1),
                "name", "pipelineId", "targetUnitId", "strategy", "fallbackEmployeeId", "priority");
    }

    @Test
    void anUnknownStrategyIsA400NamingTheField() {
        assertInvalid(ruleBody("Rule", null, pipeline, group, "RANDOM", null, 1), "strategy");
    }

    @Test
    void anUnknownLeadSourceIsA400NamingTheField() {
        assertInvalid(ruleBody("Rule", List.of("WEBSITE", "FAX"), pipeline, group, "ROUND_ROBIN", null, 1), "sources[1]");
    }

    @Test
    void oversizedValuesAreA400NamingTheField() {
        assertInvalid(ruleBody("x".repeat(201), null, pipeline, group, "ROUND_ROBIN", null, 1), "name");
        assertInvalid(ruleBody("Rule", null, "p".repeat(65), group, "ROUND_ROBIN", null, 1), "pipelineId");
        assertInvalid(ruleBody("Rule", List.of("WEBSITE", "MAP", "CALL", "EMAIL", "OTHER", "MAP", "CALL", "EMAIL", "OTHER", "MAP", "CALL"),
                null, group, "ROUND_ROBIN", null, 1), "sources");
        assertInvalid(ruleBody("Rule", null, pipeline, group, "ROUND_ROBIN", null, 1_000_001), "priority");
    }

    @Test
    void anInvalidChangeIsA400AndChangesNothing() {
        String id = post(ruleBody("Rule", null, pipeline, group, "ROUND_ROBIN", null, 1)).getBody().get("id").asText();
        long before = storedEvents();
        HttpHeaders headers = json();
        ResponseEntity<JsonNode> response = http.exchange("/distribution-rules/" + id, HttpMethod.PUT,
                new HttpEntity<>(ruleBody("", null, pipeline, group, "ROUND_ROBIN", null, 1), headers), JsonNode.class);
        assertProblem(response, HttpStatus.BAD_REQUEST);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void unknownRulesAndOutcomesAre404Problems() {
        String unknown = UUID.randomUUID().toString();
        assertProblem(http.getForEntity("/distribution-rules/" + unknown, JsonNode.class), HttpStatus.NOT_FOUND);
        assertProblem(http.exchange("/distribution-rules/" + unknown, HttpMethod.PUT,
                new HttpEntity<>(ruleBody("Rule", null, pipeline, group, "ROUND_ROBIN", null, 1), json()), JsonNode.class), HttpStatus.NOT_FOUND);
        assertProblem(http.exchange("/distribution-rules/" + unknown, HttpMethod.DELETE, null, JsonNode.class), HttpStatus.NOT_FOUND);
        assertProblem(http.getForEntity("/lead-assignments/" + unknown, JsonNode.class), HttpStatus.NOT_FOUND);
    }

    @Test
    void listsArePaginatedWithAHardMaximum() {
        assertThat(http.getForEntity("/distribution-rules?size=100", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/lead-assignments?size=100&ruleId=r&employeeId=e", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        for (String list : List.of("/distribution-rules?size=101", "/lead-assignments?size=101", "/distribution-rules?page=-1")) {
            ResponseEntity<JsonNode> tooBig = http.getForEntity(list, JsonNode.class);
            assertThat(tooBig.getStatusCode()).as(list).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(tooBig.getBody().get("errors").get(0).get("field").asText()).isIn("size", "page");
        }
    }

    @Test
    void theOpenApiDocumentDescribesTheDistributionEndpoints() {
        JsonNode doc = http.getForObject("/v3/api-docs", JsonNode.class);
        assertThat(doc.get("paths").has("/distribution-rules")).isTrue();
        assertThat(doc.get("paths").has("/distribution-rules/{id}")).isTrue();
        assertThat(doc.get("paths").has("/lead-assignments/{leadId}")).isTrue();
    }

    // --- helpers ---

    private JsonNode awaitRule(String id, java.util.function.Predicate<JsonNode> condition) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> {
            ResponseEntity<JsonNode> view = http.getForEntity("/distribution-rules/" + id, JsonNode.class);
            return view.getStatusCode() == HttpStatus.OK && condition.test(view.getBody()) ? view.getBody() : null;
        }, body -> body != null);
    }

    private void assertInvalid(Map<String, Object> body, String... fields) {
        long before = storedEvents();
        ResponseEntity<JsonNode> response = post(body);
        assertProblem(response, HttpStatus.BAD_REQUEST);
        List<String> named = new ArrayList<>();
        response.getBody().get("errors").forEach(error -> named.add(error.get("field").asText()));
        assertThat(named).containsExactlyInAnyOrder(fields);
        assertThat(storedEvents()).isEqualTo(before);
    }

    private static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().has("trace")).isFalse();
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private long storedEvents() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry WHERE payloadType LIKE 'io.salescrm.org.api.distribution.%'", Long.class);
    }

    private ResponseEntity<JsonNode> post(Map<String, Object> body) {
        return http.postForEntity("/distribution-rules", new HttpEntity<>(body, json()), JsonNode.class);
    }

    private ResponseEntity<Void> put(String id, Map<String, Object> body) {
        return http.exchange("/distribution-rules/" + id, HttpMethod.PUT, new HttpEntity<>(body, json()), Void.class);
    }

    private ResponseEntity<Void> delete(String id) {
        return http.exchange("/distribution-rules/" + id, HttpMethod.DELETE, null, Void.class);
    }

    private static HttpHeaders json() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }
}
