package io.salescrm.org.role.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.salescrm.org.api.OrgTopic;
import io.salescrm.org.api.employee.InitialAdministrator;
import io.salescrm.org.api.role.PredefinedRoles;
import io.salescrm.org.auth.TestSignIn;
import io.salescrm.org.employee.EmployeeMother;
import io.salescrm.org.orgunit.OrgUnitMother;
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

import static io.salescrm.org.role.RoleMother.assignmentBody;
import static io.salescrm.org.role.RoleMother.cell;
import static io.salescrm.org.role.RoleMother.dealRuleBody;
import static io.salescrm.org.role.RoleMother.roleBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceIntegrationTest
class RoleApiTest {

    private static final Duration READ_MODEL = Duration.ofSeconds(15);

    TestRestTemplate http;

    @Autowired
    void signIn(TestRestTemplate anonymous) {
        http = TestSignIn.asAdmin(anonymous);
    }

    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    // --- roles ---

    @Test
    void aDefinedRoleIsStoredAsAnEventPublishedToKafkaAndReadable() throws Exception {
        var body = roleBody("Key accounts " + unique(),
                List.of(cell("DEAL", "WRITE", "OWN"), cell("DEAL", "READ", "DEPARTMENT")),
                List.of(dealRuleBody("pipeline-1", "stage-won", List.of(cell("DEAL", "WRITE", "NONE")), List.of("stage-lost"))));
        ResponseEntity<JsonNode> created = http.postForEntity("/roles", body, JsonNode.class);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = created.getBody().get("id").asText();
        assertThat(created.getHeaders().getLocation()).hasPath("/roles/" + id);
        var stored = eventStore.readEvents(id).asStream().toList();
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).getPayloadType().getSimpleName()).isEqualTo("RoleDefinedEvent");

        ConsumerRecord<String, byte[]> record = KafkaRecords.awaitKey(
                EmbeddedInfrastructure.kafkaBootstrapServers(), OrgTopic.NAME, id, Duration.ofSeconds(20));
        assertThat(new String(record.headers().lastHeader("axon-message-type").value(), StandardCharsets.UTF_8))
                .isEqualTo("io.salescrm.org.api.role.RoleDefinedEvent");
        assertThat(json.readTree(record.value()).get("permissions")).hasSize(2);

        await().atMost(READ_MODEL).untilAsserted(() -> {
            JsonNode role = http.getForObject("/roles/" + id, JsonNode.class);
            assertThat(role.get("name").asText()).isEqualTo(body.get("name"));
            assertThat(role.get("predefinedKey").isNull()).isTrue();
            // canonical order: entity, then action
            assertThat(role.get("permissions").get(0).get("action").asText()).isEqualTo("READ");
            assertThat(role.get("permissions").get(0).get("level").asText()).isEqualTo("DEPARTMENT");
            assertThat(role.get("dealRules").get(0).get("allowedTargetStageIds").get(0).asText()).isEqualTo("stage-lost");
        });
    }

    @Test
    void roleNamesAreUniqueRegardlessOfCaseAndSurroundingBlanks() {
        String name = "Regional sales " + unique();
        assertThat(http.postForEntity("/roles", roleBody(name), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long before = roleEvents();

        ResponseEntity<JsonNode> again = http.postForEntity("/roles", roleBody("  " + name.toUpperCase() + " "), JsonNode.class);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(again.getBody().get("rule").asText()).isEqualTo("role-name-taken");
        assertThat(again.getBody().get("requestId").asText()).isNotBlank();
        assertThat(roleEvents()).isEqualTo(before);
    }

    @Test
    void ofConcurrentRequestsForOneNameExactlyOneDefinesTheRole() throws Exception {
        String name = "Race " + unique();
        long before = roleEvents();

        List<org.springframework.http.HttpStatusCode> statuses = RoleNameRace.run(http, name, 6);

        assertThat(statuses).containsOnly(HttpStatus.CREATED, HttpStatus.CONFLICT);
        assertThat(statuses).filteredOn(status -> status.equals(HttpStatus.CREATED)).hasSize(1);
        assertThat(RoleNameRace.definitionsNamed(jdbc, name)).isEqualTo(1);
        assertThat(roleEvents()).isEqualTo(before + 1);
    }

    @Test
    void aCustomRoleCannotTakeThePredefinedRolesNames() {
        ResponseEntity<JsonNode> response = http.postForEntity("/roles", roleBody("manager"), JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void renamingToATakenNameIsAConflictAndChangesNothing() {
        String first = create("First " + unique());
        String secondName = "Second " + unique();
        create(secondName);
        long before = roleEvents();

        ResponseEntity<JsonNode> response = put("/roles/" + first, roleBody(secondName.toLowerCase()));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(roleEvents()).isEqualTo(before);
        assertThat(eventStore.readEvents(first).asStream().count()).isEqualTo(1);
    }

    @Test
    void aRoleMayChangeTheCaseOfItsOwnName() {
        String name = "Casing " + unique();
        String id = create(name);
        ResponseEntity<JsonNode> response = put("/roles/" + id, roleBody(name.toUpperCase()));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().get("changed").asBoolean()).isTrue();
    }

    @Test
    void replacingTheMatrixIsRecordedAndAnIdenticalMatrixChangesNothing() {
        String name = "Matrix " + unique();
        String id = create(name);
        var wider = roleBody(name, List.of(cell("DEAL", "READ", "ALL"), cell("DEAL", "EXPORT", "OWN")), List.of());

        ResponseEntity<JsonNode> changed = put("/roles/" + id, wider);
        ResponseEntity<JsonNode> same = put("/roles/" + id, wider);

        assertThat(changed.getBody().get("changed").asBoolean()).isTrue();
        assertThat(same.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(same.getBody().get("changed").asBoolean()).isFalse();
        assertThat(eventStore.readEvents(id).asStream().count()).isEqualTo(2);
        await().atMost(READ_MODEL).untilAsserted(() -> {
            JsonNode role = http.getForObject("/roles/" + id, JsonNode.class);
            assertThat(role.get("permissions")).hasSize(2);
            assertThat(role.get("permissions").get(0).get("level").asText()).isEqualTo("ALL");
            assertThat(role.get("version").asLong()).isEqualTo(1);
        });
    }

    @Test
    void predefinedRolesCanBeEditedButNotDeleted() {
        await().atMost(READ_MODEL).until(() -> http.getForEntity("/roles/" + PredefinedRoles.ANALYST, JsonNode.class)
                .getStatusCode() == HttpStatus.OK);
        JsonNode analyst = http.getForObject("/roles/" + PredefinedRoles.ANALYST, JsonNode.class);

        ResponseEntity<JsonNode> deleted = http.exchange("/roles/" + PredefinedRoles.ANALYST, HttpMethod.DELETE, null, JsonNode.class);
        assertThat(deleted.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(deleted.getBody().get("rule").asText()).isEqualTo("predefined-role");

        var edited = new ArrayList<Object>(json.convertValue(analyst.get("permissions"), List.class));
        edited.add(cell("PRODUCT", "READ", "ALL"));
        ResponseEntity<JsonNode> changed = put("/roles/" + PredefinedRoles.ANALYST,
                roleBody(analyst.get("name").asText(), edited, List.of()));
        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(changed.getBody().get("changed").asBoolean()).isTrue();
    }

    @Test
    void theAdministratorRoleCannotLoseItsRightsOnTheOrgStructure() {
        ResponseEntity<JsonNode> response = put("/roles/" + PredefinedRoles.ADMINISTRATOR,
                roleBody("Administrator", List.of(cell("ORG", "READ", "ALL")), List.of()));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getBody().get("rule").asText()).isEqualTo("administrator-keeps-org");
    }

    @Test
    void deletingARoleFreesItsNameAndEndsItsAssignments() {
        String name = "Temporary " + unique();
        String id = create(name);
        String employee = hireEmployee();
        assertThat(assign(id, "EMPLOYEE", employee).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        await().atMost(READ_MODEL).until(() -> heldBy("EMPLOYEE", employee).size() == 1);

        ResponseEntity<Void> deleted = http.exchange("/roles/" + id, HttpMethod.DELETE, null, Void.class);

        assertThat(deleted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(http.postForEntity("/roles", roleBody(name), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        await().atMost(READ_MODEL).untilAsserted(() -> {
            assertThat(http.getForEntity("/roles/" + id, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(heldBy("EMPLOYEE", employee)).isEmpty();
        });
        assertThat(http.exchange("/roles/" + id, HttpMethod.DELETE, null, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(assign(id, "EMPLOYEE", employee).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void unknownRolesAre404Problems() {
        String unknown = "/roles/" + UUID.randomUUID();
        assertNotFound(http.getForEntity(unknown, JsonNode.class));
        assertNotFound(put(unknown, roleBody("Whatever " + unique())));
        assertNotFound(http.exchange(unknown, HttpMethod.DELETE, null, JsonNode.class));
        assertNotFound(http.getForEntity(unknown + "/assignments", JsonNode.class));
        assertNotFound(assign(unknown.substring("/roles/".length()), "EMPLOYEE", hireEmployee()));
        assertNotFound(http.exchange(unknown + "/assignments/EMPLOYEE/someone", HttpMethod.DELETE, null, JsonNode.class));
    }

    @Test
    void aRepeatedIdempotencyKeyReturnsTheFirstRoleAndDefinesNothing() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", "role-" + UUID.randomUUID());
        var request = new HttpEntity<>(roleBody("Retried " + unique()), headers);

        ResponseEntity<JsonNode> first = http.postForEntity("/roles", request, JsonNode.class);
        long afterFirst = roleEvents();
        ResponseEntity<JsonNode> second = http.postForEntity("/roles", request, JsonNode.class);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(second.getBody().get("id")).isEqualTo(first.getBody().get("id"));
        assertThat(second.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(roleEvents()).isEqualTo(afterFirst);
    }

    // --- bad input ---

    @Test
    void aBadEnumValueIsA400NamingTheField() {
        assertInvalid(roleBody("Enum " + unique(), List.of(cell("DEAL", "READ", "EVERYTHING")), List.of()), "permissions[0].level");
        assertInvalid(roleBody("Enum " + unique(), List.of(cell("SPACESHIP", "READ", "ALL")), List.of()), "permissions[0].entity");
    }

    @Test
    void aCellWithoutALevelIsA400NamingTheField() {
        assertInvalid(roleBody("Cell " + unique(), List.of(cell("DEAL", "READ", null)), List.of()), "permissions[0].level");
    }

    @Test
    void aRepeatedCellIsA400NamingTheField() {
        assertInvalid(roleBody("Twice " + unique(), List.of(cell("DEAL", "READ", "OWN"), cell("DEAL", "READ", "ALL")), List.of()),
                "permissions[1]");
    }

    @Test
    void aBlankOrOversizedNameIsA400NamingTheField() {
        assertInvalid(roleBody(" "), "name");
        assertInvalid(roleBody("x".repeat(101)), "name");
    }

    @Test
    void aBadReplacementMatrixIsA400NamingTheFieldAndChangesNothing() {
        String id = create("Replaced " + unique());
        ResponseEntity<JsonNode> response = put("/roles/" + id,
                roleBody("Replaced", List.of(cell("DEAL", "READ", "OWN"), cell("DEAL", "WRITE", "MOST")), List.of()));
        assertThat(fields(response)).containsExactly("permissions[1].level");
        assertThat(eventStore.readEvents(id).asStream().count()).isEqualTo(1);
    }

    @Test
    void missingPermissionsAreA400NamingTheField() {
        assertInvalid(roleBody("No matrix " + unique(), null, List.of()), "permissions");
    }

    @Test
    void badDealRulesAreA400NamingTheField() {
        assertInvalid(roleBody("Rules " + unique(), List.of(),
                List.of(dealRuleBody("pipeline-1", null, List.of(cell("LEAD", "READ", "ALL")), null))),
                "dealRules[0].permissions[0].entity");
        assertInvalid(roleBody("Rules " + unique(), List.of(),
                List.of(dealRuleBody("pipeline-1", null, List.of(), List.of(" ")))),
                "dealRules[0].allowedTargetStageIds[0]");
        assertInvalid(roleBody("Rules " + unique(), List.of(),
                List.of(dealRuleBody(null, null, List.of(), null))),
                "dealRules[0].pipelineId");
        assertInvalid(roleBody("Rules " + unique(), List.of(),
                List.of(dealRuleBody("p", "s", List.of(), null), dealRuleBody("p", "s", List.of(), null))),
                "dealRules[1]");
    }

    @Test
    void listsArePaginatedWithAHardMaximum() {
        await().atMost(READ_MODEL).untilAsserted(() -> {
            JsonNode page = http.getForObject("/roles?size=2", JsonNode.class);
            assertThat(page.get("items")).hasSize(2);
            assertThat(page.get("totalItems").asLong()).isGreaterThanOrEqualTo(5);
        });
        ResponseEntity<JsonNode> tooBig = http.getForEntity("/roles?size=101", JsonNode.class);
        assertThat(tooBig.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooBig.getBody().get("errors").get(0).get("field").asText()).isEqualTo("size");
        assertThat(http.getForEntity("/role-assignments?subjectType=EMPLOYEE&subjectId=x&size=101", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.getForEntity("/roles/" + PredefinedRoles.MANAGER + "/assignments?size=0", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    // --- assignments ---

    @Test
    void assigningARoleTwiceRecordsItOnce() {
        String role = create("Assigned " + unique());
        String employee = hireEmployee();

        ResponseEntity<JsonNode> first = assign(role, "EMPLOYEE", employee);
        ResponseEntity<JsonNode> second = assign(role, "EMPLOYEE", employee);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(first.getHeaders().getLocation()).hasPath("/roles/" + role + "/assignments/EMPLOYEE/" + employee);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(second.getBody().get("created").asBoolean()).isFalse();
        assertThat(eventStore.readEvents(role).asStream()
                .filter(event -> event.getPayloadType().getSimpleName().equals("RoleAssignedEvent")).count()).isEqualTo(1);
        await().atMost(READ_MODEL).untilAsserted(() -> {
            JsonNode holders = http.getForObject("/roles/" + role + "/assignments", JsonNode.class);
            assertThat(holders.get("totalItems").asLong()).isEqualTo(1);
            assertThat(holders.get("items").get(0).get("subjectId").asText()).isEqualTo(employee);
            List<JsonNode> held = heldBy("EMPLOYEE", employee);
            assertThat(held).hasSize(1);
            assertThat(held.get(0).get("roleId").asText()).isEqualTo(role);
            assertThat(held.get(0).get("roleName").asText()).startsWith("Assigned ");
        });
    }

    @Test
    void aRoleCanBeGivenToAUnit() {
        String unit = openUnit(false);
        ResponseEntity<JsonNode> response = assign(PredefinedRoles.MANAGER, "UNIT", unit);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        await().atMost(READ_MODEL).until(() -> heldBy("UNIT", unit).size() == 1);
    }

    @Test
    void aClosedUnitCannotBeGivenARole() {
        ResponseEntity<JsonNode> response = assign(PredefinedRoles.MANAGER, "UNIT", openUnit(true));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getBody().get("rule").asText()).isEqualTo("unit-closed");
    }

    @Test
    void anUnknownSubjectIsA404AndRecordsNothing() {
        long before = roleEvents();
        assertNotFound(assign(PredefinedRoles.MANAGER, "EMPLOYEE", "nobody-" + unique()));
        assertNotFound(assign(PredefinedRoles.MANAGER, "UNIT", "no-unit-" + unique()));
        assertThat(roleEvents()).isEqualTo(before);
    }

    @Test
    void aBadSubjectTypeIsA400NamingTheField() {
        ResponseEntity<JsonNode> inBody = http.postForEntity("/roles/" + PredefinedRoles.MANAGER + "/assignments",
                assignmentBody("ROBOT", "x"), JsonNode.class);
        assertThat(fields(inBody)).containsExactly("subjectType");
        ResponseEntity<JsonNode> inPath = http.exchange("/roles/" + PredefinedRoles.MANAGER + "/assignments/ROBOT/x",
                HttpMethod.DELETE, null, JsonNode.class);
        assertThat(fields(inPath)).containsExactly("subjectType");
        ResponseEntity<JsonNode> inQuery = http.getForEntity("/role-assignments?subjectType=ROBOT&subjectId=x", JsonNode.class);
        assertThat(fields(inQuery)).containsExactly("subjectType");
        ResponseEntity<JsonNode> blankId = http.postForEntity("/roles/" + PredefinedRoles.MANAGER + "/assignments",
                assignmentBody("EMPLOYEE", " "), JsonNode.class);
        assertThat(fields(blankId)).containsExactly("subjectId");
    }

    @Test
    void unassigningEndsTheAssignmentAndASecondTimeIsA404() {
        String employee = hireEmployee();
        assign(PredefinedRoles.MANAGER, "EMPLOYEE", employee);
        String path = "/roles/" + PredefinedRoles.MANAGER + "/assignments/EMPLOYEE/" + employee;

        ResponseEntity<JsonNode> first = http.exchange(path, HttpMethod.DELETE, null, JsonNode.class);
        ResponseEntity<JsonNode> second = http.exchange(path, HttpMethod.DELETE, null, JsonNode.class);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertNotFound(second);
        await().atMost(READ_MODEL).untilAsserted(() -> assertThat(heldBy("EMPLOYEE", employee)).isEmpty());
    }

    @Test
    void theAdministratorRoleCannotBeTakenFromTheLastAdministrator() {
        await().atMost(READ_MODEL).until(() -> heldBy("EMPLOYEE", InitialAdministrator.EMPLOYEE_ID).stream()
                .anyMatch(role -> role.get("roleId").asText().equals(PredefinedRoles.ADMINISTRATOR)));
        long before = roleEvents();

        ResponseEntity<JsonNode> response = http.exchange("/roles/" + PredefinedRoles.ADMINISTRATOR + "/assignments/EMPLOYEE/"
                + InitialAdministrator.EMPLOYEE_ID, HttpMethod.DELETE, null, JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(response.getBody().get("rule").asText()).isEqualTo("last-administrator");
        assertThat(roleEvents()).isEqualTo(before);
    }

    @Test
    void theOpenApiDocumentDescribesTheRoleEndpoints() {
        JsonNode doc = http.getForObject("/v3/api-docs", JsonNode.class);
        assertThat(doc.get("paths").has("/roles")).isTrue();
        assertThat(doc.get("paths").has("/roles/{id}/assignments/{subjectType}/{subjectId}")).isTrue();
        assertThat(doc.get("paths").has("/role-assignments")).isTrue();
    }

    // --- helpers ---

    private String create(String name) {
        ResponseEntity<JsonNode> created = http.postForEntity("/roles", roleBody(name), JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("id").asText();
    }

    private ResponseEntity<JsonNode> put(String path, Object body) {
        return http.exchange(path, HttpMethod.PUT, new HttpEntity<>(body), JsonNode.class);
    }

    private ResponseEntity<JsonNode> assign(String roleId, String subjectType, String subjectId) {
        return http.postForEntity("/roles/" + roleId + "/assignments", assignmentBody(subjectType, subjectId), JsonNode.class);
    }

    private List<JsonNode> heldBy(String subjectType, String subjectId) {
        JsonNode page = http.getForObject("/role-assignments?subjectType=" + subjectType + "&subjectId=" + subjectId, JsonNode.class);
        List<JsonNode> items = new ArrayList<>();
        page.get("items").forEach(items::add);
        return items;
    }

    private String hireEmployee() {
        return EmployeeMother.hireEmployee(http, OrgUnitMother.companyId(http));
    }

    private String openUnit(boolean closed) {
        String id = OrgUnitMother.createUnit(http, "SALES_GROUP", OrgUnitMother.unique("Group"), OrgUnitMother.companyId(http));
        if (closed) {
            assertThat(http.postForEntity("/units/" + id + "/close", null, Void.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
            await().atMost(READ_MODEL).until(() -> http.getForObject("/units/" + id, JsonNode.class).get("closed").asBoolean());
        }
        return id;
    }

    private void assertInvalid(Map<String, Object> body, String field) {
        long before = roleEvents();
        ResponseEntity<JsonNode> response = http.postForEntity("/roles", body, JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(fields(response)).containsExactly(field);
        assertThat(roleEvents()).isEqualTo(before);
    }

    private static List<String> fields(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        List<String> fields = new ArrayList<>();
        response.getBody().get("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }

    private static void assertNotFound(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private long roleEvents() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry WHERE payloadType LIKE 'io.salescrm.org.api.role.%'", Long.class);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
