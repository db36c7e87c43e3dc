package io.salescrm.org.role.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.org.api.employee.InitialAdministrator;
import io.salescrm.org.api.role.PredefinedRoles;
import io.salescrm.org.auth.TestSignIn;
import io.salescrm.org.employee.EmployeeMother;
import io.salescrm.org.employee.query.ActiveAdministrators;
import io.salescrm.org.orgunit.OrgUnitMother;
import io.salescrm.platform.test.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;

import static io.salescrm.org.role.RoleMother.assignmentBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The company always keeps an active administrator: the Administrator role cannot be taken from the last active
 * employee holding it, even while deactivated employees still hold it. Runs in a context of its own, because it
 * takes the role from the initial administrator.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = "crm.org.company-name=Administrator role test")
class AdministratorRoleApiTest {

    private static final String ADMIN = InitialAdministrator.EMPLOYEE_ID;
    private static final Duration READ_MODEL = Duration.ofSeconds(20);

    private TestRestTemplate anonymous;

    TestRestTemplate http;

    @Autowired
    void signIn(TestRestTemplate anonymous) {
        this.anonymous = anonymous;
        http = TestSignIn.asAdmin(anonymous);
    }

    @Autowired
    ActiveAdministrators administrators;

    @Test
    void theAdministratorRoleStaysWithAtLeastOneActiveEmployee() {
        EmployeeMother.awaitEmployee(http, ADMIN);
        await().atMost(READ_MODEL).until(() -> administrators.isLastActiveAdministrator(ADMIN));
        String company = OrgUnitMother.companyId(http);

        // a second administrator, later deactivated, still holds the role but does not count
        String deactivated = EmployeeMother.hireEmployee(http, company);
        assertThat(assign(deactivated).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        await().atMost(READ_MODEL).until(() -> administrators.count() == 2);
        assertThat(http.postForEntity("/employees/" + deactivated + "/deactivate", null, Void.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        await().atMost(READ_MODEL).until(() -> administrators.isLastActiveAdministrator(ADMIN));

        ResponseEntity<JsonNode> refused = unassign(ADMIN);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().get("rule").asText()).isEqualTo("last-administrator");

        // the deactivated one may lose it
        assertThat(unassign(deactivated).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        // an active successor lets the initial administrator go, and then is the last one himself
        String login = EmployeeMother.uniqueLogin();
        String successor = http.postForEntity("/employees", EmployeeMother.hireBody(login, "successor-pass", company),
                JsonNode.class).getBody().get("id").asText();
        EmployeeMother.awaitEmployee(http, successor);
        assertThat(assign(successor).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        await().atMost(READ_MODEL).until(() -> administrators.count() == 2);
        assertThat(unassign(ADMIN).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        await().atMost(READ_MODEL).until(() -> administrators.isLastActiveAdministrator(successor));
        // from here on only the successor has the rights to try
        http = TestSignIn.withAuthorization(anonymous, TestSignIn.bearer(anonymous, login, "successor-pass"));
        await().atMost(READ_MODEL).until(() -> http.getForEntity("/roles?size=1", String.class).getStatusCode() == HttpStatus.OK);
        assertThat(unassign(successor).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    private ResponseEntity<JsonNode> assign(String employeeId) {
        return http.postForEntity("/roles/" + PredefinedRoles.ADMINISTRATOR + "/assignments",
                assignmentBody("EMPLOYEE", employeeId), JsonNode.class);
    }

    private ResponseEntity<JsonNode> unassign(String employeeId) {
        return http.exchange("/roles/" + PredefinedRoles.ADMINISTRATOR + "/assignments/EMPLOYEE/" + employeeId,
                HttpMethod.DELETE, null, JsonNode.class);
    }
}
