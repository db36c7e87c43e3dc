package io.salescrm.org.role.web;

import io.salescrm.org.auth.TestSignIn;
import io.salescrm.platform.test.ServiceIntegrationTestOnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The role name index (migration V30) on PostgreSQL: the predefined roles exist and a name is taken once. */
@ServiceIntegrationTestOnPostgres
class RoleNamesOnPostgresTest {

    TestRestTemplate http;

    @Autowired
    void signIn(TestRestTemplate anonymous) {
        http = TestSignIn.asAdmin(anonymous);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void thePredefinedRolesHoldTheirNames() {
        assertThat(jdbc.queryForList("SELECT name_key FROM role_names", String.class))
                .contains("administrator", "head of sales", "group head", "manager", "analyst");
    }

    @Test
    void ofConcurrentRequestsForOneNameExactlyOneDefinesTheRole() throws Exception {
        String name = "Race " + UUID.randomUUID();

        List<HttpStatusCode> statuses = RoleNameRace.run(http, name, 6);

        assertThat(statuses).containsOnly(HttpStatus.CREATED, HttpStatus.CONFLICT);
        assertThat(statuses).filteredOn(status -> status.equals(HttpStatus.CREATED)).hasSize(1);
        assertThat(RoleNameRace.definitionsNamed(jdbc, name)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry WHERE payloadType LIKE '%RoleDefinedEvent'",
                Long.class)).isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM role_names", Long.class));
    }
}
