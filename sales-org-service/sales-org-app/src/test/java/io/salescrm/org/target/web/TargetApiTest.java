package io.salescrm.org.target.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.salescrm.org.api.OrgTopic;
import io.salescrm.org.auth.TestSignIn;
import io.salescrm.platform.test.EmbeddedInfrastructure;
import io.salescrm.platform.test.KafkaRecords;
import io.salescrm.platform.test.ServiceIntegrationTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.salescrm.org.target.TargetMother.amountBody;
import static io.salescrm.org.target.TargetMother.child;
import static io.salescrm.org.target.TargetMother.splitBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Targets through the real HTTP API of the whole service, against the embedded Kafka broker and MongoDB wire
 * server. Every test uses subjects of its own, registered in the org read models (the unit and employee ids
 * targets refer to must exist there).
 */
@ServiceIntegrationTest
// It plants org read-model documents of its own; a fresh context afterwards keeps them away from other tests.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class TargetApiTest {

    TestRestTemplate http;

    @Autowired
    void signIn(TestRestTemplate anonymous) {
        http = TestSignIn.asAdmin(anonymous);
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ObjectMapper json;

    @Test
    void aTargetIsStoredAsAnEventPublishedToKafkaAndReadableWithItsRevisions() throws Exception {
        String company = givenUnit("COMPANY");
        ResponseEntity<JsonNode> created = post("/targets", amountBody("COMPANY", company, "1000000.00"));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = created.getBody().get("id").asText();
        assertThat(created.getHeaders().getLocation()).hasPath("/targets/" + id);

        ConsumerRecord<String, byte[]> record = KafkaRecords.awaitKey(
                EmbeddedInfrastructure.kafkaBootstrapServers(), OrgTopic.NAME, id, Duration.ofSeconds(20));
        JsonNode payload = json.readTree(record.value());
        assertThat(payload.get("value").get("amount").asText()).isEqualTo("1000000.00");
        assertThat(payload.get("period").get("end").asText()).isEqualTo("2026-06-30");
        assertThat(new String(record.headers().lastHeader("axon-message-type").value(), StandardCharsets.UTF_8))
                .isEqualTo("io.salescrm.org.api.target.TargetSetEvent");

        JsonNode view = awaitTarget(id, 1);
        assertThat(view.get("periodCode").asText()).isEqualTo("2026-Q2");
        assertThat(view.get("periodEnd").asText()).isEqualTo("2026-06-30");
        assertThat(view.get("subjectType").asText()).isEqualTo("COMPANY");
        assertThat(view.get("amount").asText()).isEqualTo("1000000.00");
        assertThat(view.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(http.getForEntity("/targets/" + id, JsonNode.class).getHeaders().getETag()).isEqualTo("\"1\"");

        JsonNode revisions = http.getForObject("/targets/" + id + "/revisions", JsonNode.class);
        assertThat(revisions.get("totalItems").asLong()).isEqualTo(1);
        assertThat(revisions.get("items").get(0).get("change").asText()).isEqualTo("SET");
        assertThat(revisions.get("items").get(0).get("requestId").asText()).isEqualTo(created.getHeaders().getFirst("X-Request-Id"));
    }

    @Test
    void growthOverABaselineIsComputedAndShownWithItsBaseline() {
        String group = givenUnit("SALES_GROUP");
        Map<String, Object> body = amountBody("UNIT", group, null);
        body.remove("amount");
        body.put("growthPercent", "70");
        body.put("baselineAmount", "1000000.00");
        String id = created(body);

        JsonNode view = awaitTarget(id, 1);
        assertThat(view.get("amount").asText()).isEqualTo("1700000.00");
        assertThat(view.get("growth").get("percent").asText()).isEqualTo("70");
        assertThat(view.get("growth").get("baselinePeriodCode").asText()).isEqualTo("2025-Q2");
        assertThat(view.get("growth").get("baselineAmount").asText()).isEqualTo("1000000.00");
    }

    @Test
    void aSplitThatDoesNotAddUpIsA400GivingBothSumsAndTheDifferenceAndStoresNothing() {
        String company = givenUnit("COMPANY");
        String group1 = givenUnit("SALES_GROUP");
        String group2 = givenUnit("SALES_GROUP");
        String id = created(amountBody("COMPANY", company, "1000000.00"));
        awaitTarget(id, 1);
        long events = targetEvents();

        ResponseEntity<JsonNode> refused = post("/targets/" + id + "/split", splitBody(false, List.of(
                child("UNIT", group1, "600000.00"), child("UNIT", group2, "350000.00"))));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = refused.getBody();
        assertThat(problem.get("detail").asText())
                .contains("the children sum to 950000.00 RUB but the target is 1000000.00 RUB")
                .contains("a difference of 50000.00 RUB (the children are short)");
        assertThat(problem.get("targetTotal").asText()).isEqualTo("1000000.00");
        assertThat(problem.get("childrenTotal").asText()).isEqualTo("950000.00");
        assertThat(problem.get("difference").asText()).isEqualTo("50000.00");
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("children");
        assertThat(problem.get("requestId").asText()).isNotBlank();
        assertThat(targetEvents()).isEqualTo(events);
        assertThat(http.getForObject("/targets/" + id, JsonNode.class).get("split").isNull()).isTrue();
        assertThat(http.getForObject("/targets?parentTargetId=" + id, JsonNode.class).get("totalItems").asLong()).isZero();
    }

    @Test
    void aDraftIsStoredFinalisedOnlyWhenItAddsUpAndEveryRevisionIsListed() {
        String company = givenUnit("COMPANY");
        String group1 = givenUnit("SALES_GROUP");
        String group2 = givenUnit("SALES_GROUP");
        String id = created(amountBody("COMPANY", company, "1000000.00"));

        ResponseEntity<JsonNode> draft = post("/targets/" + id + "/split", splitBody(true, List.of(
                child("UNIT", group1, "600000.00"), child("UNIT", group2, "350000.00"))));
        assertThat(draft.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(draft.getBody().get("status").asText()).isEqualTo("DRAFT");
        JsonNode drafted = awaitTarget(id, 2);
        assertThat(drafted.get("split").get("status").asText()).isEqualTo("DRAFT");
        assertThat(drafted.get("split").get("differenceAmount").asText()).isEqualTo("50000.00");

        ResponseEntity<JsonNode> stillShort = post("/targets/" + id + "/split/finalise", Map.of());
        assertThat(stillShort.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(stillShort.getBody().get("detail").asText()).contains("a difference of 50000.00 RUB");

        post("/targets/" + id + "/split", splitBody(true, List.of(
                child("UNIT", group1, "600000.00"), child("UNIT", group2, "400000.00"))));
        ResponseEntity<JsonNode> finalised = post("/targets/" + id + "/split/finalise", Map.of());
        assertThat(finalised.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(finalised.getBody().get("status").asText()).isEqualTo("FINAL");
        String child1 = finalised.getBody().get("children").get(0).get("targetId").asText();

        JsonNode split = awaitTarget(id, 4);
        assertThat(split.get("split").get("status").asText()).isEqualTo("FINAL");
        assertThat(split.get("childTargetIds")).hasSize(2);
        JsonNode child = awaitTarget(child1, 1);
        assertThat(child.get("parentTargetId").asText()).isEqualTo(id);
        assertThat(child.get("subjectId").asText()).isEqualTo(group1);
        assertThat(child.get("amount").asText()).isEqualTo("600000.00");
        assertThat(http.getForObject("/targets?parentTargetId=" + id, JsonNode.class).get("totalItems").asLong()).isEqualTo(2);

        // a re-split is a new revision; every revision stays listable, one page at a time
        ResponseEntity<JsonNode> resplit = post("/targets/" + id + "/split", splitBody(false, List.of(
                child("UNIT", group1, "500000.00"), child("UNIT", group2, "500000.00"))));
        assertThat(resplit.getBody().get("splitRevision").asInt()).isEqualTo(3);
        awaitTarget(id, 5);
        JsonNode page = http.getForObject("/targets/" + id + "/revisions?size=2&page=1", JsonNode.class);
        assertThat(page.get("totalItems").asLong()).isEqualTo(5);
        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("items").get(0).get("change").asText()).isEqualTo("SPLIT");
        assertThat(page.get("items").get(1).get("change").asText()).isEqualTo("SPLIT_FINALISED");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonNode childRevisions = http.getForObject("/targets/" + child1 + "/revisions", JsonNode.class);
            assertThat(childRevisions.get("totalItems").asLong()).isEqualTo(2);
            assertThat(childRevisions.get("items").get(1).get("previousAmount").asText()).isEqualTo("600000.00");
        });
    }

    @Test
    void aTargetWithAFinalSplitIsNotCancelledUntilTheSplitIsWithdrawn() {
        String company = givenUnit("COMPANY");
        String manager = givenEmployee();
        String department = givenUnit("DEPARTMENT");
        String id = created(amountBody("UNIT", department, "100.00"));
        assertThat(post("/targets/" + id + "/split", splitBody(false, List.of(child("EMPLOYEE", manager, "100.00"))))
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<JsonNode> refused = http.exchange("/targets/" + id, HttpMethod.DELETE, null, JsonNode.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("rule").asText()).isEqualTo("target-has-final-split");

        ResponseEntity<JsonNode> withdrawn = http.exchange("/targets/" + id + "/split", HttpMethod.DELETE, null, JsonNode.class);
        assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(withdrawn.getBody().get("releasedTargetIds")).hasSize(1);
        ResponseEntity<Void> cancelled = http.exchange("/targets/" + id, HttpMethod.DELETE, null, Void.class);
        assertThat(cancelled.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(http.getForObject("/targets/" + id, JsonNode.class).get("status").asText()).isEqualTo("CANCELLED"));
        assertThat(company).isNotBlank();
    }

    @Test
    void aRevisionKeepsTheHistoryAndAStaleIfMatchIsA412() {
        String group = givenUnit("SALES_GROUP");
        String id = created(amountBody("UNIT", group, "100.00"));

        ResponseEntity<JsonNode> revised = put("/targets/" + id, Map.of("amount", "150.00", "note", "Raised"), "\"1\"");
        assertThat(revised.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(revised.getBody().get("revision").asInt()).isEqualTo(2);
        assertThat(revised.getHeaders().getETag()).isEqualTo("\"2\"");

        ResponseEntity<JsonNode> stale = put("/targets/" + id, Map.of("amount", "175.00"), "\"1\"");
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
        assertThat(stale.getBody().get("currentRevision").asInt()).isEqualTo(2);

        awaitTarget(id, 2);
        JsonNode revisions = http.getForObject("/targets/" + id + "/revisions", JsonNode.class);
        assertThat(revisions.get("items").get(1).get("amount").asText()).isEqualTo("150.00");
        assertThat(revisions.get("items").get(1).get("previousAmount").asText()).isEqualTo("100.00");
        assertThat(revisions.get("items").get(1).get("note").asText()).isEqualTo("Raised");
    }

    @Test
    void aSecondTargetForTheSameSubjectPeriodAndMeasureIsA409() {
        String group = givenUnit("SALES_GROUP");
        String first = created(amountBody("UNIT", group, "100.00"));
        ResponseEntity<JsonNode> second = post("/targets", amountBody("UNIT", group, "200.00"));
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(second.getBody().get("rule").asText()).isEqualTo("target-exists");
        assertThat(second.getBody().get("existingTargetId").asText()).isEqualTo(first);
    }

    @Test
    void aRepeatedIdempotencyKeyReturnsTheFirstTargetAndCreatesNothing() {
        String group = givenUnit("SALES_GROUP");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", "target-" + UUID.randomUUID());
        var request = new HttpEntity<>(amountBody("UNIT", group, "100.00"), headers);

        ResponseEntity<JsonNode> first = http.postForEntity("/targets", request, JsonNode.class);
        long afterFirst = targetEvents();
        ResponseEntity<JsonNode> second = http.postForEntity("/targets", request, JsonNode.class);

        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(second.getBody().get("id")).isEqualTo(first.getBody().get("id"));
        assertThat(second.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(targetEvents()).isEqualTo(afterFirst);
    }

    @Test
    void aPeriodStartThatDoesNotFitItsTypeIsA400NamingTheField() {
        Map<String, Object> body = amountBody("UNIT", givenUnit("SALES_GROUP"), "100.00");
        body.put("periodStart", "2026-05-01");
        assertInvalid(body, "periodStart");
    }

    @Test
    void everyInvalidFieldIsNamedAtOnce() {
        Map<String, Object> body = amountBody("UNIT", " ", "-1");
        body.put("currency", "XYZ");
        body.remove("periodType");
        ResponseEntity<JsonNode> response = post("/targets", body);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(response)).containsExactlyInAnyOrder("periodType", "subjectId", "amount", "currency");
    }

    @Test
    void anUnknownSubjectIsA404() {
        givenUnit("COMPANY");
        long before = targetEvents();
        ResponseEntity<JsonNode> unknownUnit = post("/targets", amountBody("UNIT", "no-such-unit", "1.00"));
        assertThat(unknownUnit.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknownUnit.getBody().get("detail").asText()).isEqualTo("No unit with id no-such-unit.");

        String group = givenUnit("SALES_GROUP");
        String id = created(amountBody("UNIT", group, "1.00"));
        givenEmployee();
        ResponseEntity<JsonNode> unknownEmployee = post("/targets/" + id + "/split",
                splitBody(false, List.of(child("EMPLOYEE", "no-such-employee", "1.00"))));
        assertThat(unknownEmployee.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(targetEvents()).isEqualTo(before + 1);
    }

    @Test
    void anUnknownTargetIsA404() {
        String unknown = UUID.randomUUID().toString();
        assertThat(http.getForEntity("/targets/" + unknown, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForEntity("/targets/" + unknown + "/revisions", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(put("/targets/" + unknown, Map.of("amount", "1.00"), null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post("/targets/" + unknown + "/split", splitBody(true, List.of(child("UNIT", "u", "1.00"))))
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<JsonNode> notAnId = http.exchange("/targets/org-structure", HttpMethod.DELETE, null, JsonNode.class);
        assertThat(notAnId.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(notAnId.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void targetsAreListedByPeriodAndSubjectOnePageAtATime() {
        String group = givenUnit("SALES_GROUP");
        String q2 = created(amountBody("UNIT", group, "100.00"));
        Map<String, Object> year = amountBody("UNIT", group, "400.00");
        year.put("periodType", "YEAR");
        year.put("periodStart", "2026-01-01");
        String y2026 = created(year);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonNode all = http.getForObject("/targets?subjectType=UNIT&subjectId=" + group, JsonNode.class);
            assertThat(all.get("totalItems").asLong()).isEqualTo(2);
        });
        JsonNode quarter = http.getForObject("/targets?period=2026-Q2&subjectId=" + group, JsonNode.class);
        assertThat(quarter.get("items")).hasSize(1);
        assertThat(quarter.get("items").get(0).get("id").asText()).isEqualTo(q2);
        JsonNode firstPage = http.getForObject("/targets?subjectId=" + group + "&size=1", JsonNode.class);
        assertThat(firstPage.get("items")).hasSize(1);
        assertThat(firstPage.get("items").get(0).get("id").asText()).isEqualTo(q2);
        JsonNode secondPage = http.getForObject("/targets?subjectId=" + group + "&size=1&page=1", JsonNode.class);
        assertThat(secondPage.get("items").get(0).get("id").asText()).isEqualTo(y2026);

        ResponseEntity<JsonNode> tooBig = http.getForEntity("/targets?size=101", JsonNode.class);
        assertThat(tooBig.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(tooBig)).containsExactly("size");
        ResponseEntity<JsonNode> badPeriod = http.getForEntity("/targets?period=2026-Q5", JsonNode.class);
        assertThat(badPeriod.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(badPeriod)).containsExactly("period");
    }

    @Test
    void theOpenApiDocumentDescribesTheTargetEndpoints() {
        JsonNode doc = http.getForObject("/v3/api-docs", JsonNode.class);
        assertThat(doc.get("paths").has("/targets")).isTrue();
        assertThat(doc.get("paths").has("/targets/{id}/split")).isTrue();
        assertThat(doc.get("paths").has("/targets/{id}/revisions")).isTrue();
    }

    // --- helpers ---

    /** A unit in the org read model ({@code orgunit_units}), as the org-structure projection keeps it. */
    private String givenUnit(String kind) {
        String id = UUID.randomUUID().toString();
        mongo.getCollection(TargetSubjects.UNITS).insertOne(new Document("_id", id).append("kind", kind)
                .append("name", "Unit " + id).append("closed", false).append("version", 0L));
        return id;
    }

    /** An employee in the employee read model ({@code employee_employees}). */
    private String givenEmployee() {
        String id = UUID.randomUUID().toString();
        mongo.getCollection(TargetSubjects.EMPLOYEES).insertOne(new Document("_id", id).append("login", "m" + id)
                .append("fullName", "Manager " + id).append("active", true).append("version", 0L));
        return id;
    }

    private JsonNode awaitTarget(String id, int revision) {
        JsonNode[] view = new JsonNode[1];
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            ResponseEntity<JsonNode> response = http.getForEntity("/targets/" + id, JsonNode.class);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(response.getBody().get("revision").asInt()).isEqualTo(revision);
            view[0] = response.getBody();
        });
        return view[0];
    }

    private String created(Map<String, Object> body) {
        ResponseEntity<JsonNode> response = post("/targets", body);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return response.getBody().get("id").asText();
    }

    private void assertInvalid(Map<String, Object> body, String field) {
        long before = targetEvents();
        ResponseEntity<JsonNode> response = post("/targets", body);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(fields(response)).containsExactly(field);
        assertThat(targetEvents()).isEqualTo(before);
    }

    private static List<String> fields(ResponseEntity<JsonNode> response) {
        List<String> fields = new ArrayList<>();
        response.getBody().get("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }

    private long targetEvents() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry WHERE payloadType LIKE 'io.salescrm.org.api.target.%'", Long.class);
    }

    private ResponseEntity<JsonNode> post(String path, Object body) {
        return http.postForEntity(path, body, JsonNode.class);
    }

    private ResponseEntity<JsonNode> put(String path, Object body, String ifMatch) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (ifMatch != null) {
            headers.set(HttpHeaders.IF_MATCH, ifMatch);
        }
        return http.exchange(path, HttpMethod.PUT, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
