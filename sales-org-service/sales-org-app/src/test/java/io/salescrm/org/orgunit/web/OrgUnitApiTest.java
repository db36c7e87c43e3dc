package io.salescrm.org.orgunit.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.salescrm.org.api.OrgTopic;
import io.salescrm.org.api.orgunit.OrgStructure;
import io.salescrm.org.auth.TestSignIn;
import io.salescrm.platform.test.EmbeddedInfrastructure;
import io.salescrm.platform.test.ServiceIntegrationTest;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.salescrm.org.employee.EmployeeMother.hireEmployee;
import static io.salescrm.org.orgunit.OrgUnitMother.companyId;
import static io.salescrm.org.orgunit.OrgUnitMother.createUnit;
import static io.salescrm.org.orgunit.OrgUnitMother.unique;
import static io.salescrm.org.orgunit.OrgUnitMother.unitBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The org tree through the real HTTP API, against the embedded Kafka broker and MongoDB wire server. */
@ServiceIntegrationTest
class OrgUnitApiTest {

    TestRestTemplate http;

    @Autowired
    void signIn(TestRestTemplate anonymous) {
        http = TestSignIn.asAdmin(anonymous);
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    @Test
    void theCompanyExistsAfterTheFirstStart() {
        companyId(http);
        JsonNode root = http.getForObject("/units/tree", JsonNode.class).get("root");
        assertThat(root.get("kind").asText()).isEqualTo("COMPANY");
        assertThat(root.get("name").asText()).isEqualTo("Company");
    }

    @Test
    void aCreatedUnitIsStoredPublishedAndReadable() throws Exception {
        String company = companyId(http);
        String name = unique("Sales");
        ResponseEntity<JsonNode> created = http.postForEntity("/units", unitBody("DEPARTMENT", name, company), JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = created.getBody().get("id").asText();
        assertThat(created.getHeaders().getLocation()).hasPath("/units/" + id);

        JsonNode published = json.readTree(awaitOrgRecord(id).value());
        assertThat(published.get("kind").asText()).isEqualTo("DEPARTMENT");
        assertThat(published.get("parentUnitId").asText()).isEqualTo(company);
        assertThat(published.get("structureId").asText()).isEqualTo(OrgStructure.ID);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            ResponseEntity<JsonNode> view = http.getForEntity("/units/" + id, JsonNode.class);
            assertThat(view.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(view.getBody().get("name").asText()).isEqualTo(name);
            assertThat(view.getBody().get("parentUnitId").asText()).isEqualTo(company);
            assertThat(view.getBody().get("closed").asBoolean()).isFalse();
        });
        String group = createUnit(http, "SALES_GROUP", "Group 1", id);

        JsonNode children = http.getForObject("/units?parentId=" + id, JsonNode.class);
        assertThat(children.get("totalItems").asLong()).isEqualTo(1);
        assertThat(children.get("items").get(0).get("id").asText()).isEqualTo(group);
        JsonNode tree = http.getForObject("/units/tree", JsonNode.class);
        assertThat(findNode(tree.get("root"), id).get("children").get(0).get("id").asText()).isEqualTo(group);
    }

    @Test
    void aRepeatedIdempotencyKeyCreatesOneUnit() {
        String company = companyId(http);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", "unit-" + UUID.randomUUID());
        var body = unitBody("DEPARTMENT", unique("Once"), company);
        ResponseEntity<JsonNode> first = http.exchange("/units", HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
        long events = storedEvents();
        ResponseEntity<JsonNode> second = http.exchange("/units", HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(second.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(second.getBody().get("id").asText()).isEqualTo(first.getBody().get("id").asText());
        assertThat(storedEvents()).isEqualTo(events);
    }

    @Test
    void aDuplicateNameAmongSiblingsIsA409AndStoresNothing() {
        String company = companyId(http);
        String name = unique("Marketing");
        createUnit(http, "DEPARTMENT", name, company);
        long events = storedEvents();

        ResponseEntity<JsonNode> duplicate = http.postForEntity("/units", unitBody("DEPARTMENT", name.toUpperCase(), company), JsonNode.class);
        assertProblem(duplicate, HttpStatus.CONFLICT);
        assertThat(duplicate.getBody().get("rule").asText()).isEqualTo("duplicate-unit-name");
        assertThat(duplicate.getBody().get("detail").asText()).contains("already has an open child unit named");
        assertThat(storedEvents()).isEqualTo(events);
    }

    @Test
    void movingAUnitUnderItsOwnDescendantIsRefusedWithAClearMessage() {
        String department = createUnit(http, "DEPARTMENT", unique("Region"), companyId(http));
        String group = createUnit(http, "SALES_GROUP", "Group A", department);
        String subgroup = createUnit(http, "SALES_GROUP", "Group A.1", group);
        long events = storedEvents();

        ResponseEntity<JsonNode> cycle = http.postForEntity("/units/" + department + "/move", Map.of("parentUnitId", subgroup), JsonNode.class);
        assertProblem(cycle, HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(cycle.getBody().get("rule").asText()).isEqualTo("org-cycle");
        assertThat(cycle.getBody().get("detail").asText()).contains("one of its own descendants");
        ResponseEntity<JsonNode> self = http.postForEntity("/units/" + group + "/move", Map.of("parentUnitId", group), JsonNode.class);
        assertProblem(self, HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(storedEvents()).isEqualTo(events);

        String other = createUnit(http, "DEPARTMENT", unique("Other region"), companyId(http));
        ResponseEntity<Void> moved = http.postForEntity("/units/" + subgroup + "/move", Map.of("parentUnitId", other), Void.class);
        assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(http.getForObject("/units/" + subgroup, JsonNode.class).get("parentUnitId").asText()).isEqualTo(other));
    }

    @Test
    void aUnitIsRenamed() {
        String department = createUnit(http, "DEPARTMENT", unique("Old name"), companyId(http));
        String name = unique("New name");
        ResponseEntity<Void> renamed = http.exchange("/units/" + department + "/name", HttpMethod.PUT,
                new HttpEntity<>(Map.of("name", name)), Void.class);
        assertThat(renamed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(http.getForObject("/units/" + department, JsonNode.class).get("name").asText()).isEqualTo(name));
    }

    @Test
    void closingIsRefusedWhileChildUnitsAreOpenOrMembersActive() {
        String department = createUnit(http, "DEPARTMENT", unique("Closing"), companyId(http));
        String group = createUnit(http, "SALES_GROUP", "Group", department);
        String employee = hireEmployee(http, group);
        long events = storedEvents();

        ResponseEntity<JsonNode> withChildren = http.postForEntity("/units/" + department + "/close", null, JsonNode.class);
        assertProblem(withChildren, HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(withChildren.getBody().get("rule").asText()).isEqualTo("unit-has-open-children");
        ResponseEntity<JsonNode> withMembers = http.postForEntity("/units/" + group + "/close", null, JsonNode.class);
        assertProblem(withMembers, HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(withMembers.getBody().get("rule").asText()).isEqualTo("unit-has-members");
        assertThat(storedEvents()).isEqualTo(events);

        assertThat(http.postForEntity("/employees/" + employee + "/move", Map.of("unitId", department), Void.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(http.postForEntity("/units/" + group + "/close", null, Void.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(http.getForObject("/units/" + group, JsonNode.class).get("closed").asBoolean()).isTrue());
        assertProblem(http.postForEntity("/units", unitBody("SALES_GROUP", "Under closed", group), JsonNode.class),
                HttpStatus.UNPROCESSABLE_ENTITY);
        JsonNode open = http.getForObject("/units?parentId=" + department + "&includeClosed=false", JsonNode.class);
        assertThat(open.get("totalItems").asLong()).isZero();
    }

    @Test
    void theHeadMustBeAnExistingActiveEmployee() {
        String department = createUnit(http, "DEPARTMENT", unique("Headed"), companyId(http));
        ResponseEntity<JsonNode> unknown = http.exchange("/units/" + department + "/head", HttpMethod.PUT,
                new HttpEntity<>(Map.of("employeeId", "nobody")), JsonNode.class);
        assertProblem(unknown, HttpStatus.NOT_FOUND);

        String employee = hireEmployee(http, department);
        ResponseEntity<Void> set = http.exchange("/units/" + department + "/head", HttpMethod.PUT,
                new HttpEntity<>(Map.of("employeeId", employee)), Void.class);
        assertThat(set.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(http.getForObject("/units/" + department, JsonNode.class).get("headEmployeeId").asText()).isEqualTo(employee));

        Map<String, Object> noHead = new HashMap<>();
        noHead.put("employeeId", null);
        assertThat(http.exchange("/units/" + department + "/head", HttpMethod.PUT, new HttpEntity<>(noHead), Void.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(http.getForObject("/units/" + department, JsonNode.class).get("headEmployeeId").isNull()).isTrue());
    }

    @Test
    void badInputIsA400NamingTheField() {
        String company = companyId(http);
        assertInvalid(unitBody(null, "Name", company), "kind");
        assertInvalid(unitBody("TEAM", "Name", company), "kind");
        assertInvalid(unitBody("DEPARTMENT", "", company), "name");
        assertInvalid(unitBody("DEPARTMENT", "x".repeat(201), company), "name");
        assertInvalid(unitBody("DEPARTMENT", "Name", "x".repeat(65)), "parentUnitId");
        assertInvalid(unitBody("DEPARTMENT", "Name", null), "parentUnitId");
        long events = storedEvents();
        ResponseEntity<JsonNode> cycleBody = http.postForEntity("/units/" + company + "/move", Map.of("parentUnitId", ""), JsonNode.class);
        assertProblem(cycleBody, HttpStatus.BAD_REQUEST);
        assertThat(storedEvents()).isEqualTo(events);
    }

    @Test
    void unknownUnitsAre404AndASecondCompanyIs422() {
        long events = storedEvents();
        assertProblem(http.getForEntity("/units/" + UUID.randomUUID(), JsonNode.class), HttpStatus.NOT_FOUND);
        assertProblem(http.exchange("/units/" + UUID.randomUUID() + "/name", HttpMethod.PUT,
                new HttpEntity<>(Map.of("name", "X")), JsonNode.class), HttpStatus.NOT_FOUND);
        assertProblem(http.postForEntity("/units", unitBody("DEPARTMENT", "Orphan", UUID.randomUUID().toString()), JsonNode.class),
                HttpStatus.NOT_FOUND);
        ResponseEntity<JsonNode> second = http.postForEntity("/units", unitBody("COMPANY", "Second company", null), JsonNode.class);
        assertProblem(second, HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(second.getBody().get("rule").asText()).isEqualTo("single-company");
        assertProblem(http.postForEntity("/units/" + companyId(http) + "/close", null, JsonNode.class), HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(storedEvents()).isEqualTo(events);
    }

    @Test
    void listsArePaginatedWithAHardMaximum() {
        JsonNode page = http.getForObject("/units?size=1", JsonNode.class);
        assertThat(page.get("items")).hasSize(1);
        ResponseEntity<JsonNode> tooBig = http.getForEntity("/units?size=101", JsonNode.class);
        assertProblem(tooBig, HttpStatus.BAD_REQUEST);
        assertThat(tooBig.getBody().get("errors").get(0).get("field").asText()).isEqualTo("size");
    }

    private JsonNode findNode(JsonNode node, String id) {
        if (node.get("id").asText().equals(id)) {
            return node;
        }
        for (JsonNode child : node.get("children")) {
            JsonNode found = findNode(child, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private void assertInvalid(Map<String, Object> body, String field) {
        long events = storedEvents();
        ResponseEntity<JsonNode> response = http.postForEntity("/units", body, JsonNode.class);
        assertProblem(response, HttpStatus.BAD_REQUEST);
        List<String> fields = new ArrayList<>();
        response.getBody().get("errors").forEach(error -> fields.add(error.get("field").asText()));
        assertThat(fields).as(body.toString()).containsExactly(field);
        assertThat(storedEvents()).isEqualTo(events);
    }

    static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("requestId").asText()).isNotBlank();
        assertThat(response.getBody().toString()).doesNotContain("Exception").doesNotContain("at io.salescrm");
    }

    private long storedEvents() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);
    }

    /** The org-structure record on the org topic that carries {@code unitId}. */
    private ConsumerRecord<String, byte[]> awaitOrgRecord(String unitId) throws Exception {
        var config = Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        try (var consumer = new KafkaConsumer<String, byte[]>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(OrgTopic.NAME).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (OrgStructure.ID.equals(record.key())
                        && new String(record.value(), StandardCharsets.UTF_8).contains("\"unitId\":\"" + unitId + "\"")) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("no org-structure record for unit " + unitId);
    }
}
