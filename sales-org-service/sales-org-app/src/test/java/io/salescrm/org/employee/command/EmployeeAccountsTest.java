package io.salescrm.org.employee.command;

import io.salescrm.org.api.employee.InitialAdministrator;
import io.salescrm.org.auth.TestSignIn;
import io.salescrm.org.employee.command.EmployeeAccounts.NewEmployee;
import io.salescrm.org.orgunit.command.NotFoundException;
import io.salescrm.platform.rules.ConflictException;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.test.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.UUID;

import static io.salescrm.org.employee.EmployeeMother.uniqueLogin;
import static io.salescrm.org.orgunit.OrgUnitMother.companyId;
import static io.salescrm.org.orgunit.OrgUnitMother.createUnit;
import static io.salescrm.org.orgunit.OrgUnitMother.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The credential-handling service methods, in the running service. */
@ServiceIntegrationTest
class EmployeeAccountsTest {

    @Autowired
    EmployeeAccounts accounts;
    @Autowired
    EmployeeCredentials credentials;
    TestRestTemplate http;

    @Autowired
    void signIn(TestRestTemplate anonymous) {
        http = TestSignIn.asAdmin(anonymous);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void somebodyWhoIsNotAnAdministratorMustGiveTheCurrentPassword() {
        String id = hire("old-password");

        assertThatThrownBy(() -> accounts.changePassword(id, null, "new-password", true))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("currentPassword"));
        assertThatThrownBy(() -> accounts.changePassword(id, "not-the-password", "new-password", true))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("currentPassword"));
        assertThat(matches(id, "old-password")).isTrue();

        accounts.changePassword(id, "old-password", "new-password", true);
        assertThat(matches(id, "new-password")).isTrue();
        assertThat(matches(id, "old-password")).isFalse();
    }

    @Test
    void anAdministratorResetsAPasswordWithoutTheCurrentOne() {
        String id = hire("old-password");
        accounts.changePassword(id, null, "reset-password", false);
        assertThat(matches(id, "reset-password")).isTrue();
    }

    @Test
    void aNewPasswordNeedsEightCharactersAndAnEmployee() {
        String id = hire("old-password");
        assertThatThrownBy(() -> accounts.changePassword(id, null, "1234567", false))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("newPassword"));
        assertThatThrownBy(() -> accounts.changePassword(id, null, "ж".repeat(37), false))
                .as("more than BCrypt's 72 bytes")
                .isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> accounts.changePassword(UUID.randomUUID().toString(), null, "long-enough", false))
                .isInstanceOf(NotFoundException.class);
        assertThat(matches(id, "old-password")).isTrue();
    }

    @Test
    void hiringChecksThePasswordBeforeAnythingIsWritten() {
        long rows = rows();
        assertThatThrownBy(() -> accounts.hire(UUID.randomUUID().toString(),
                new NewEmployee(uniqueLogin(), "Name", "n@example.com", null, companyId(http)), "short"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("password"));
        assertThat(rows()).isEqualTo(rows);
    }

    @Test
    void theInitialAdministratorIsHiredOnce() {
        long rows = rows();
        assertThatThrownBy(() -> accounts.hireInitialAdministrator(companyId(http), "another", "Administrator", "a@example.com"))
                .isInstanceOf(ConflictException.class);
        assertThat(rows()).isEqualTo(rows);
        assertThat(credentials.find(InitialAdministrator.EMPLOYEE_ID)).get()
                .satisfies(admin -> assertThat(credentials.matches("admin", admin.passwordHash())).isTrue());
    }

    private String hire(String password) {
        String unit = createUnit(http, "DEPARTMENT", unique("Accounts"), companyId(http));
        String id = UUID.randomUUID().toString();
        accounts.hire(id, new NewEmployee(uniqueLogin(), "Olga Orlova", "olga@example.com", "Manager", unit), password);
        return id;
    }

    private boolean matches(String id, String password) {
        return credentials.matches(password, credentials.find(id).orElseThrow().passwordHash());
    }

    private long rows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM employee_credentials", Long.class);
    }
}
