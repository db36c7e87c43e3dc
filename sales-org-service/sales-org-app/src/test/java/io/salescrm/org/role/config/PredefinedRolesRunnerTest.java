package io.salescrm.org.role.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.org.api.employee.InitialAdministrator;
import io.salescrm.org.api.role.PredefinedRoles;
import io.salescrm.org.api.role.RoleAssignedEvent;
import io.salescrm.org.api.role.RoleDefinedEvent;
import io.salescrm.org.api.role.RoleSubject;
import io.salescrm.org.auth.TestSignIn;
import io.salescrm.platform.test.ServiceIntegrationTest;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceIntegrationTest
class PredefinedRolesRunnerTest {

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
    PredefinedRolesRunner runner;

    @Test
    void theFivePredefinedRolesAreDefinedOnFirstStartAsTheTableSays() {
        for (PredefinedRoleTable.Definition role : PredefinedRoleTable.ROLES) {
            List<? extends DomainEventMessage<?>> events = eventStore.readEvents(role.roleId()).asStream().toList();
            assertThat(events).as(role.key()).isNotEmpty();
            assertThat(events.get(0).getPayload()).isEqualTo(
                    new RoleDefinedEvent(role.roleId(), role.name(), role.key(), role.permissions(), List.of()));
        }
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            List<String> keys = new ArrayList<>();
            http.getForObject("/roles?size=100", JsonNode.class).get("items").forEach(item -> {
                if (!item.get("predefinedKey").isNull()) {
                    keys.add(item.get("predefinedKey").asText());
                }
            });
            assertThat(keys).containsExactlyInAnyOrder("ADMINISTRATOR", "HEAD_OF_SALES", "GROUP_HEAD", "MANAGER", "ANALYST");
        });
    }

    @Test
    void theInitialAdministratorHoldsTheAdministratorRole() {
        assertThat(eventStore.readEvents(PredefinedRoles.ADMINISTRATOR).asStream().map(event -> (Object) event.getPayload()).toList())
                .contains(new RoleAssignedEvent(PredefinedRoles.ADMINISTRATOR, RoleSubject.EMPLOYEE, InitialAdministrator.EMPLOYEE_ID));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonNode held = http.getForObject("/role-assignments?subjectType=EMPLOYEE&subjectId=" + InitialAdministrator.EMPLOYEE_ID,
                    JsonNode.class);
            assertThat(held.get("items").findValuesAsText("roleId")).contains(PredefinedRoles.ADMINISTRATOR);
        });
    }

    @Test
    void runningAgainAsOnARestartRecordsNothing() throws Exception {
        long before = roleEvents();

        runner.run(new DefaultApplicationArguments());
        runner.run(new DefaultApplicationArguments());

        assertThat(roleEvents()).isEqualTo(before);
    }

    private long roleEvents() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry WHERE payloadType LIKE 'io.salescrm.org.api.role.%'", Long.class);
    }
}
