package io.salescrm.org.auth.signin;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Reads the credentials the employee feature keeps in {@code employee_credentials} (BCrypt hashes). Read-only here:
 * passwords are set and changed by the employee feature.
 */
@Component
public class SignInCredentials {

    /** One row of {@code employee_credentials}. The hash never leaves this package. */
    public record Credential(String employeeId, String login, String passwordHash, boolean active, Instant passwordChangedAt) {

        @Override
        public String toString() {
            return "Credential[employeeId=" + employeeId + ", login=" + login + ", active=" + active + "]";
        }
    }

    private static final String COLUMNS = "employee_id, login, password_hash, active, password_changed_at";

    private final JdbcTemplate jdbc;

    public SignInCredentials(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Credential> byLogin(String login) {
        return jdbc.query("SELECT " + COLUMNS + " FROM employee_credentials WHERE login = ?", SignInCredentials::credential, login)
                .stream().findFirst();
    }

    public Optional<Credential> byEmployeeId(String employeeId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM employee_credentials WHERE employee_id = ?", SignInCredentials::credential, employeeId)
                .stream().findFirst();
    }

    private static Credential credential(ResultSet rs, int row) throws SQLException {
        return new Credential(rs.getString("employee_id"), rs.getString("login"), rs.getString("password_hash"),
                rs.getBoolean("active"), rs.getObject("password_changed_at", OffsetDateTime.class).toInstant());
    }
}
