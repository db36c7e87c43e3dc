package io.salescrm.org.employee.command;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The {@code employee_credentials} table (migration V10): login, BCrypt password hash and active flag per
 * employee, beside the event store and written in the same transactions as the employee's commands. Nothing
 * here ever leaves the service through an event or a response; sign-in reads the table directly.
 */
@Component
public class EmployeeCredentials {

    public static final int MIN_PASSWORD_LENGTH = 8;
    /** BCrypt uses at most 72 bytes of a password and refuses longer ones. */
    public static final int MAX_PASSWORD_BYTES = 72;

    /** One row, as sign-in needs it. */
    public record Credentials(String employeeId, String login, String passwordHash, boolean active, Instant passwordChangedAt) {
    }

    private final JdbcTemplate jdbc;
    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();

    public EmployeeCredentials(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public String hash(String password) {
        return encoder.encode(password);
    }

    public boolean matches(String password, String passwordHash) {
        return password != null && passwordHash != null && encoder.matches(password, passwordHash);
    }

    /** Whether the password is acceptable for an account; the bounds of {@link #MIN_PASSWORD_LENGTH} and BCrypt's. */
    public static boolean isAcceptable(String password) {
        return password != null && password.length() >= MIN_PASSWORD_LENGTH
               && password.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES;
    }

    /** Inserts the row; a login or employee id already present raises Spring's DuplicateKeyException. */
    void insert(String employeeId, String login, String passwordHash, Instant now) {
        jdbc.update("INSERT INTO employee_credentials (employee_id, login, password_hash, active, password_changed_at) "
                    + "VALUES (?, ?, ?, ?, ?)", employeeId, login, passwordHash, true, Timestamp.from(now));
    }

    void setActive(String employeeId, boolean active) {
        jdbc.update("UPDATE employee_credentials SET active = ? WHERE employee_id = ?", active, employeeId);
    }

    void setPasswordHash(String employeeId, String passwordHash, Instant now) {
        jdbc.update("UPDATE employee_credentials SET password_hash = ?, password_changed_at = ? WHERE employee_id = ?",
                passwordHash, Timestamp.from(now), employeeId);
    }

    public Optional<Credentials> find(String employeeId) {
        List<Credentials> rows = jdbc.query("SELECT employee_id, login, password_hash, active, password_changed_at "
                                            + "FROM employee_credentials WHERE employee_id = ?",
                (rs, n) -> new Credentials(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getTimestamp(5).toInstant()),
                employeeId);
        return rows.stream().findFirst();
    }

    public boolean loginTaken(String login) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM employee_credentials WHERE login = ?", Integer.class, login);
        return count != null && count > 0;
    }
}
