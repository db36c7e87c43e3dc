package io.salescrm.org.employee.command;

import io.salescrm.org.auth.TestSignIn;
import io.salescrm.org.employee.command.EmployeeAccounts.NewEmployee;
import io.salescrm.org.orgunit.command.NotFoundException;
import io.salescrm.platform.rules.ConflictException;
import io.salescrm.platform.test.ServiceIntegrationTestOnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.UUID;

import static io.salescrm.org.employee.EmployeeMother.uniqueLogin;
import static io.salescrm.org.orgunit.OrgUnitMother.companyId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The credentials table (migration V10 for PostgreSQL) and its transactions with the event store, on PostgreSQL. */
@ServiceIntegrationTestOnPostgres
class EmployeeAccountsOnPostgresTest {

    @Autowired
    EmployeeAccounts accounts;
    TestRestTemplate http;

    @Autowired
    void signIn(TestRestTemplate anonymous) {
        http = TestSignIn.asAdmin(anonymous);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDuplicateLoginOrARefusedHiringLeavesNothingBehind() {
        String company = companyId(http);
        String login = uniqueLogin();
        String id = UUID.randomUUID().toString();
        accounts.hire(id, new NewEmployee(login, "Pavel Sidorov", "pavel@example.com", null, company), "first-password");
        long events = events();
        long rows = rows();

        assertThatThrownBy(() -> accounts.hire(UUID.randomUUID().toString(),
                new NewEmployee(login, "Other", "other@example.com", null, company), "other-password"))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> accounts.hire(UUID.randomUUID().toString(),
                new NewEmployee(uniqueLogin(), "Other", "other@example.com", null, "no-such-unit"), "other-password"))
                .isInstanceOf(NotFoundException.class);
        assertThat(events()).isEqualTo(events);
        assertThat(rows()).isEqualTo(rows);

        accounts.deactivate(id);
        assertThat(jdbc.queryForObject("SELECT active FROM employee_credentials WHERE employee_id = ?", Boolean.class, id)).isFalse();
        assertThat(jdbc.queryForObject("SELECT password_changed_at IS NOT NULL FROM employee_credentials WHERE employee_id = ?",
                Boolean.class, id)).isTrue();
    }

    private long events() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domainevententry", Long.class);
    }

    private long rows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM employee_credentials", Long.class);
    }
}
