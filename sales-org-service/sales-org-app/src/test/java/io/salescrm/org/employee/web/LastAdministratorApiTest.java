package io.salescrm.org.employee.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.org.api.employee.InitialAdministrator;
import io.salescrm.org.api.role.PredefinedRoles;
import io.salescrm.org.api.role.RoleAssignedEvent;
import io.salescrm.org.api.role.RoleSubject;
import io.salescrm.org.auth.TestSignIn;
import io.salescrm.org.employee.EmployeeMother;
import io.salescrm.org.employee.query.ActiveAdministrators;
import io.salescrm.platform.test.ServiceIntegrationTest;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.Map;

import static io.salescrm.org.employee.EmployeeMother.awaitEmployee;
import static io.salescrm.org.employee.web.EmployeeApiTest.assertProblem;
import static io.salescrm.org.orgunit.OrgUnitMother.companyId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An installation always keeps an active administrator. Runs in a context of its own (its own event store and
 * read models), because it takes the Administrator role away and deactivates administrators. Role assignments
 * are published on the local event bus, as the roles feature's aggregate would apply them.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = "crm.org.company-name=Last administrator test")
class LastAdministratorApiTest {

    private static final String ADMIN = InitialAdministrator.EMPLOYEE_ID;

    TestRestTemplate http;
    private TestRestTemplate anonymous;

    @Autowired
    void signIn(TestRestTemplate anonymous) {
        this.anonymous = anonymous;
        http = TestSignIn.asAdmin(anonymous);
    }

    @Autowired
    EventGateway events;
    @Autowired
    ActiveAdministrators administrators;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theLastActiveAdministratorCannotBeDeactivated() {
        awaitEmployee(http, ADMIN);
        events.publish(new RoleAssignedEvent(PredefinedRoles.ADMINISTRATOR, RoleSubject.EMPLOYEE, ADMIN));
        await().atMost(Duration.ofSeconds(15)).until(() -> administrators.isLastActiveAdministrator(ADMIN));

        long stored = storedEvents();
        ResponseEntity<JsonNode> refused = http.postForEntity("/employees/" + ADMIN + "/deactivate", null, JsonNode.class);
        assertProblem(refused, HttpStatus.CONFLICT);
        assertThat(refused.getBody().get("rule").asText()).isEqualTo("last-administrator");
        assertThat(storedEvents()).isEqualTo(stored);
        assertThat(credentialsActive(ADMIN)).isTrue();

        // a second administrator (given the role through the roles API) makes the first one deactivatable
        String login = EmployeeMother.uniqueLogin();
        String second = http.postForEntity("/employees", EmployeeMother.hireBody(login, "second-admin-pass", companyId(http)),
                JsonNode.class).getBody().get("id").asText();
        awaitEmployee(http, second);
        assertThat(http.postForEntity("/roles/" + PredefinedRoles.ADMINISTRATOR + "/assignments",
                Map.of("subjectType", "EMPLOYEE", "subjectId", second), JsonNode.class).getStatusCode().is2xxSuccessful()).isTrue();
        await().atMost(Duration.ofSeconds(15)).until(() -> administrators.count() == 2);
        assertThat(administrators.isLastActiveAdministrator(ADMIN)).isFalse();

        assertThat(http.postForEntity("/employees/" + ADMIN + "/deactivate", null, Void.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(credentialsActive(ADMIN)).isFalse();
        await().atMost(Duration.ofSeconds(15)).until(() -> administrators.isLastActiveAdministrator(second));

        // ... who is then the last one himself; from here on he acts, the deactivated one has no rights left
        TestRestTemplate asSecond = TestSignIn.withAuthorization(anonymous, TestSignIn.bearer(anonymous, login, "second-admin-pass"));
        await().atMost(Duration.ofSeconds(15)).until(() -> asSecond.getForEntity("/roles?size=1", String.class).getStatusCode() == HttpStatus.OK);
        assertProblem(asSecond.postForEntity("/employees/" + second + "/deactivate", null, JsonNode.class), HttpStatus.CONFLICT);

        // back to the admin alone: the other one loses the role and may go
        assertThat(asSecond.postForEntity("/employees/" + ADMIN + "/reactivate", null, Void.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        await().atMost(Duration.ofSeconds(15)).until(() -> !administrators.isLastActiveAdministrator(second));
        assertThat(asSecond.exchange("/roles/" + PredefinedRoles.ADMINISTRATOR + "/assignments/EMPLOYEE/" + second,
                HttpMethod.DELETE, null, Void.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        await().atMost(Duration.ofSeconds(15)).until(() -> administrators.isLastActiveAdministrator(ADMIN));
        await().atMost(Duration.ofSeconds(15)).until(() -> http.getForEntity("/roles?size=1", String.class).getStatusCode() == HttpStatus.OK);
        assertThat(http.postForEntity("/employees/" + second + "/deactivate", null, Void.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertProblem(http.postForEntity("/employees/" + ADMIN + "/deactivate", null, JsonNode.class), HttpStatus.CONFLICT);
    }

    private boolean credentialsActive(String id) {
        return jdbc.queryForObject("SELECT active FROM employee_credentials WHERE employee_id = ?", Boolean.class, id);
    }

    private long storedEvents() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);
    }
}
