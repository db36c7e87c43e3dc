package io.salescrm.org.employee.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.salescrm.org.api.OrgTopic;
import io.salescrm.org.auth.TestSignIn;
import io.salescrm.platform.test.EmbeddedInfrastructure;
import io.salescrm.platform.test.KafkaRecords;
import io.salescrm.platform.test.ServiceIntegrationTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.eventsourcing.eventstore.EventStore;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.salescrm.org.employee.EmployeeMother.awaitEmployee;
import static io.salescrm.org.employee.EmployeeMother.hireBody;
import static io.salescrm.org.employee.EmployeeMother.hireEmployee;
import static io.salescrm.org.employee.EmployeeMother.uniqueLogin;
import static io.salescrm.org.orgunit.OrgUnitMother.companyId;
import static io.salescrm.org.orgunit.OrgUnitMother.createUnit;
import static io.salescrm.org.orgunit.OrgUnitMother.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Employees through the real HTTP API, against the embedded Kafka broker and MongoDB wire server. */
@ServiceIntegrationTest
class EmployeeApiTest {

    TestRestTemplate http;

    @Autowired
    void signIn(TestRestTemplate anonymous) {
        http = TestSignIn.asAdmin(anonymous);
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventStore eventStore;
    @Autowired
    ObjectMapper json;

    @Test
    void aHiredEmployeeIsStoredWithHashedCredentialsPublishedAndReadableWithoutThem() throws Exception {
        String unit = createUnit(http, "DEPARTMENT", unique("Hiring"), companyId(http));
        String login = uniqueLogin();
        ResponseEntity<JsonNode> created = http.postForEntity("/employees", hireBody(login, "correct horse", unit), JsonNode.class);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = created.getBody().get("id").asText();
        assertThat(created.getHeaders().getLocation()).hasPath("/employees/" + id);
        var stored = eventStore.readEvents(id).asStream().toList();
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).getPayloadType().getSimpleName()).isEqualTo("EmployeeHiredEvent");

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM employee_credentials WHERE employee_id = ?", id);
        assertThat(row.get("LOGIN")).isEqualTo(login);
        assertThat((String) row.get("PASSWORD_HASH")).startsWith("$2").doesNotContain("correct horse");
        assertThat(row.get("ACTIVE")).isEqualTo(true);

        ConsumerRecord<String, byte[]> record = KafkaRecords.awaitKey(
                EmbeddedInfrastructure.kafkaBootstrapServers(), OrgTopic.NAME, id, Duration.ofSeconds(20));
        String payload = new String(record.value(), StandardCharsets.UTF_8);
        assertThat(json.readTree(payload).get("login").asText()).isEqualTo(login);
        assertThat(payload).doesNotContain("correct horse").doesNotContain("$2a$").doesNotContainIgnoringCase("password");

        awaitEmployee(http, id);
        String view = http.getForObject("/employees/" + id, String.class);
        assertThat(json.readTree(view).get("primaryUnitId").asText()).isEqualTo(unit);
        assertThat(json.readTree(view).get("active").asBoolean()).isTrue();
        assertThat(view).doesNotContainIgnoringCase("password").doesNotContain("$2a$").doesNotContain("correct horse");
        String list = http.getForObject("/employees?q=" + login, String.class);
        assertThat(json.readTree(list).get("totalItems").asLong()).isEqualTo(1);
        assertThat(list).doesNotContainIgnoringCase("password").doesNotContain("$2a$");
    }

    @Test
    void aDuplicateLoginIsA409AndLeavesNoEventAndNoCredentials() {
        String unit = createUnit(http, "DEPARTMENT", unique("Duplicates"), companyId(http));
        String login = uniqueLogin();
        assertThat(http.postForEntity("/employees", hireBody(login, "first-password", unit), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        long events = storedEvents();
        long credentials = credentialRows();

        ResponseEntity<JsonNode> duplicate = http.postForEntity("/employees", hireBody(login, "second-password", unit), JsonNode.class);
        assertProblem(duplicate, HttpStatus.CONFLICT);
        assertThat(duplicate.getBody().get("rule").asText()).isEqualTo("login-taken");
        assertThat(storedEvents()).isEqualTo(events);
        assertThat(credentialRows()).isEqualTo(credentials);
        assertThat(http.postForEntity("/employees", hireBody("admin", "whatever-pass", unit), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void hiringIntoAClosedOrUnknownUnitLeavesNoCredentialsBehind() {
        String department = createUnit(http, "DEPARTMENT", unique("Closed soon"), companyId(http));
        assertThat(http.postForEntity("/units/" + department + "/close", null, Void.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        await().atMost(Duration.ofSeconds(15)).until(() ->
                http.getForObject("/units/" + department, JsonNode.class).get("closed").asBoolean());
        long events = storedEvents();
        long credentials = credentialRows();

        String login = uniqueLogin();
        ResponseEntity<JsonNode> closed = http.postForEntity("/employees", hireBody(login, "good-password", department), JsonNode.class);
        assertProblem(closed, HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(closed.getBody().get("rule").asText()).isEqualTo("unit-closed");
        assertProblem(http.postForEntity("/employees", hireBody(login, "good-password", UUID.randomUUID().toString()), JsonNode.class),
                HttpStatus.NOT_FOUND);
        assertThat(storedEvents()).isEqualTo(events);
        assertThat(credentialRows()).isEqualTo(credentials);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM employee_credentials WHERE login = ?", Long.class, login)).isZero();
    }

    @Test
    void badInputIsA400NamingTheFieldAndStoresNothing() {
        String unit = createUnit(http, "DEPARTMENT", unique("Validation"), companyId(http));
        assertInvalid(hireBody(uniqueLogin(), "short", unit), "password");
        assertInvalid(hireBody("Upper.Case", "good-password", unit), "login");
        assertInvalid(hireBody("ab", "good-password", unit), "login");
        Map<String, Object> longLogin = hireBody("x".repeat(65), "good-password", unit);
        longLogin.put("email", "long@example.com");
        assertInvalid(longLogin, "login");
        Map<String, Object> badEmail = hireBody(uniqueLogin(), "good-password", unit);
        badEmail.put("email", "not-an-email");
        assertInvalid(badEmail, "email");
        Map<String, Object> longName = hireBody(uniqueLogin(), "good-password", unit);
        longName.put("fullName", "x".repeat(201));
        assertInvalid(longName, "fullName");
        assertInvalid(hireBody(uniqueLogin(), "good-password", null), "primaryUnitId");
        assertInvalid(hireBody(uniqueLogin(), "x".repeat(73), unit), "password");
    }

    @Test
    void aRepeatedIdempotencyKeyHiresOnce() {
        String unit = createUnit(http, "DEPARTMENT", unique("Idempotent"), companyId(http));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", "hire-" + UUID.randomUUID());
        var body = hireBody(uniqueLogin(), "good-password", unit);
        ResponseEntity<JsonNode> first = http.exchange("/employees", HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long events = storedEvents();
        ResponseEntity<JsonNode> second = http.exchange("/employees", HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(second.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(second.getBody().get("id").asText()).isEqualTo(first.getBody().get("id").asText());
        assertThat(storedEvents()).isEqualTo(events);
    }

    @Test
    void profileUnitsAndMembershipsChange() {
        String north = createUnit(http, "DEPARTMENT", unique("North"), companyId(http));
        String south = createUnit(http, "DEPARTMENT", unique("South"), companyId(http));
        String group = createUnit(http, "SALES_GROUP", "Key accounts", north);
        String id = hireEmployee(http, north);

        assertThat(http.exchange("/employees/" + id + "/profile", HttpMethod.PUT, new HttpEntity<>(
                Map.of("fullName", "Anna Ivanova", "email", "anna@example.com", "position", "Head of group")), Void.class)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(http.postForEntity("/employees/" + id + "/units", Map.of("unitId", group), Void.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(http.postForEntity("/employees/" + id + "/move", Map.of("unitId", south), Void.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonNode view = http.getForObject("/employees/" + id, JsonNode.class);
            assertThat(view.get("fullName").asText()).isEqualTo("Anna Ivanova");
            assertThat(view.get("primaryUnitId").asText()).isEqualTo(south);
            assertThat(view.get("unitIds").toString()).isEqualTo("[\"" + south + "\",\"" + group + "\"]");
        });
        JsonNode members = http.getForObject("/employees?unitId=" + group, JsonNode.class);
        assertThat(members.get("totalItems").asLong()).isEqualTo(1);

        assertThat(http.exchange("/employees/" + id + "/units/" + group, HttpMethod.DELETE, null, Void.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertProblem(http.exchange("/employees/" + id + "/units/" + group, HttpMethod.DELETE, null, JsonNode.class), HttpStatus.NOT_FOUND);
        assertProblem(http.exchange("/employees/" + id + "/units/" + south, HttpMethod.DELETE, null, JsonNode.class),
                HttpStatus.UNPROCESSABLE_ENTITY);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(http.getForObject("/employees?unitId=" + group, JsonNode.class).get("totalItems").asLong()).isZero());
    }

    @Test
    void deactivationAndReactivationFollowTheCredentials() {
        String unit = createUnit(http, "DEPARTMENT", unique("Leavers"), companyId(http));
        String id = hireEmployee(http, unit);

        assertThat(http.postForEntity("/employees/" + id + "/deactivate", null, Void.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(active(id)).isFalse();
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(http.getForObject("/employees/" + id, JsonNode.class).get("active").asBoolean()).isFalse();
            assertThat(http.getForObject("/employees?unitId=" + unit + "&active=false", JsonNode.class).get("totalItems").asLong()).isEqualTo(1);
            assertThat(http.getForObject("/employees?unitId=" + unit + "&active=true", JsonNode.class).get("totalItems").asLong()).isZero();
        });
        ResponseEntity<JsonNode> head = http.exchange("/units/" + unit + "/head", HttpMethod.PUT,
                new HttpEntity<>(Map.of("employeeId", id)), JsonNode.class);
        assertProblem(head, HttpStatus.UNPROCESSABLE_ENTITY);

        assertThat(http.postForEntity("/employees/" + id + "/reactivate", null, Void.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(active(id)).isTrue();
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(http.getForObject("/employees/" + id, JsonNode.class).get("active").asBoolean()).isTrue());
    }

    @Test
    void aPasswordIsChangedWithTheCurrentOne() {
        String unit = createUnit(http, "DEPARTMENT", unique("Passwords"), companyId(http));
        String login = uniqueLogin();
        String id = http.postForEntity("/employees", hireBody(login, "first-password", unit), JsonNode.class).getBody().get("id").asText();
        String hashBefore = hash(id);
        // the employee himself (an administrator may reset a password without the current one)
        http = TestSignIn.withAuthorization(http, TestSignIn.bearer(http, login, "first-password"));

        assertInvalidPassword(id, Map.of("newPassword", "second-password"), "currentPassword");
        assertInvalidPassword(id, Map.of("currentPassword", "wrong-password", "newPassword", "second-password"), "currentPassword");
        assertInvalidPassword(id, Map.of("currentPassword", "first-password", "newPassword", "short"), "newPassword");
        assertThat(hash(id)).isEqualTo(hashBefore);

        ResponseEntity<Void> changed = http.exchange("/employees/" + id + "/password", HttpMethod.PUT,
                new HttpEntity<>(Map.of("currentPassword", "first-password", "newPassword", "second-password")), Void.class);
        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(hash(id)).isNotEqualTo(hashBefore).startsWith("$2");
        // someone else's password is the administrator's business only
        assertProblem(http.exchange("/employees/" + UUID.randomUUID() + "/password", HttpMethod.PUT,
                new HttpEntity<>(Map.of("currentPassword", "x", "newPassword", "second-password")), JsonNode.class), HttpStatus.FORBIDDEN);
    }

    @Test
    void unknownEmployeesAre404() {
        String id = UUID.randomUUID().toString();
        assertProblem(http.getForEntity("/employees/" + id, JsonNode.class), HttpStatus.NOT_FOUND);
        assertProblem(http.postForEntity("/employees/" + id + "/deactivate", null, JsonNode.class), HttpStatus.NOT_FOUND);
        assertProblem(http.postForEntity("/employees/" + id + "/move", Map.of("unitId", companyId(http)), JsonNode.class), HttpStatus.NOT_FOUND);
        assertProblem(http.exchange("/employees/" + id + "/profile", HttpMethod.PUT,
                new HttpEntity<>(Map.of("fullName", "X", "email", "x@example.com")), JsonNode.class), HttpStatus.NOT_FOUND);
    }

    @Test
    void theInitialAdministratorExistsAfterTheFirstStart() {
        awaitEmployee(http, "admin");
        JsonNode admin = http.getForObject("/employees/admin", JsonNode.class);
        assertThat(admin.get("login").asText()).isEqualTo("admin");
        assertThat(admin.get("primaryUnitId").asText()).isEqualTo(companyId(http));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM employee_credentials WHERE login = 'admin' AND active = TRUE", Long.class))
                .isEqualTo(1);
    }

    @Test
    void listsArePaginatedAndBounded() {
        assertThat(http.getForObject("/employees?size=1", JsonNode.class).get("items")).hasSize(1);
        ResponseEntity<JsonNode> tooBig = http.getForEntity("/employees?size=101", JsonNode.class);
        assertProblem(tooBig, HttpStatus.BAD_REQUEST);
        assertThat(tooBig.getBody().get("errors").get(0).get("field").asText()).isEqualTo("size");
        assertProblem(http.getForEntity("/employees?q=" + "x".repeat(101), JsonNode.class), HttpStatus.BAD_REQUEST);
        assertThat(http.getForObject("/employees?q=.*", JsonNode.class).get("totalItems").asLong()).isZero();
    }

    private void assertInvalid(Map<String, Object> body, String field) {
        long events = storedEvents();
        long credentials = credentialRows();
        ResponseEntity<JsonNode> response = http.postForEntity("/employees", body, JsonNode.class);
        assertProblem(response, HttpStatus.BAD_REQUEST);
        List<String> fields = new ArrayList<>();
        response.getBody().get("errors").forEach(error -> fields.add(error.get("field").asText()));
        assertThat(fields).as(String.valueOf(body.get("login"))).containsExactly(field);
        assertThat(storedEvents()).isEqualTo(events);
        assertThat(credentialRows()).isEqualTo(credentials);
    }

    private void assertInvalidPassword(String id, Map<String, Object> body, String field) {
        ResponseEntity<JsonNode> response = http.exchange("/employees/" + id + "/password", HttpMethod.PUT, new HttpEntity<>(body), JsonNode.class);
        assertProblem(response, HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").get(0).get("field").asText()).isEqualTo(field);
    }

    static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("requestId").asText()).isNotBlank();
    }

    private boolean active(String id) {
        return jdbc.queryForObject("SELECT active FROM employee_credentials WHERE employee_id = ?", Boolean.class, id);
    }

    private String hash(String id) {
        return jdbc.queryForObject("SELECT password_hash FROM employee_credentials WHERE employee_id = ?", String.class, id);
    }

    private long storedEvents() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);
    }

    private long credentialRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM employee_credentials", Long.class);
    }
}
