package io.salescrm.org.access;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.org.api.role.PredefinedRoles;
import io.salescrm.org.auth.TestSignIn;
import io.salescrm.platform.test.ServiceIntegrationTest;
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
import java.util.Map;

import static io.salescrm.org.employee.EmployeeMother.hireBody;
import static io.salescrm.org.employee.EmployeeMother.uniqueLogin;
import static io.salescrm.org.orgunit.OrgUnitMother.companyId;
import static io.salescrm.org.orgunit.OrgUnitMother.createUnit;
import static io.salescrm.org.orgunit.OrgUnitMother.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** sales-org's own endpoints obey the role matrix: a Manager reads the directory but changes nothing. */
@ServiceIntegrationTest
class OrgEndpointRightsTest {

    private static final String PASSWORD = "manager-pass-1";

    @Autowired
    TestRestTemplate anonymous;

    private TestRestTemplate admin;
    private TestRestTemplate manager;
    private String managerId;
    private String unit;

    @BeforeEach
    void aSignedInManager() {
        admin = TestSignIn.asAdmin(anonymous);
        unit = createUnit(admin, "DEPARTMENT", unique("Rights"), companyId(admin));
        String login = uniqueLogin();
        ResponseEntity<JsonNode> hired = admin.postForEntity("/employees", hireBody(login, PASSWORD, unit), JsonNode.class);
        assertThat(hired.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        managerId = hired.getBody().get("id").asText();
        assertThat(admin.postForEntity("/roles/" + PredefinedRoles.MANAGER + "/assignments",
                Map.of("subjectType", "EMPLOYEE", "subjectId", managerId), JsonNode.class).getStatusCode().is2xxSuccessful()).isTrue();
        manager = TestSignIn.withAuthorization(anonymous, TestSignIn.bearer(anonymous, login, PASSWORD));
    }

    @Test
    void aManagerCannotChangeTheOrganisation() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            ResponseEntity<JsonNode> refused = manager.postForEntity("/units",
                    Map.of("kind", "SALES_GROUP", "name", unique("Mine"), "parentUnitId", unit), JsonNode.class);
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        });
        assertThat(manager.postForEntity("/roles/" + PredefinedRoles.ADMINISTRATOR + "/assignments",
                Map.of("subjectType", "EMPLOYEE", "subjectId", managerId), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(manager.postForEntity("/employees/" + managerId + "/deactivate", null, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(manager.postForEntity("/targets", Map.of(), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aManagerReadsTheDirectoryButNotTheRoles() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(manager.getForEntity("/roles", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN));
        assertThat(manager.getForEntity("/units", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(manager.getForEntity("/employees/" + managerId, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aManagerChangesHisOwnPassword() {
        ResponseEntity<Void> changed = manager.exchange("/employees/" + managerId + "/password", HttpMethod.PUT,
                new HttpEntity<>(Map.of("currentPassword", PASSWORD, "newPassword", "another-pass-2")), Void.class);
        assertThat(changed.getStatusCode().is2xxSuccessful()).isTrue();
    }

    @Test
    void theAdministratorMayDoAll() {
        assertThat(admin.getForEntity("/roles", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(admin.postForEntity("/units", Map.of("kind", "SALES_GROUP", "name", unique("Admin's"), "parentUnitId", unit),
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }
}
