package io.salescrm.org.auth.pat;

import io.salescrm.org.auth.token.Secrets;
import io.salescrm.platform.rules.RuleViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Personal API tokens in {@code auth_personal_tokens}: {@value #PREFIX} followed by 32 random bytes (base64url),
 * shown once at creation and kept only as their SHA-256.
 */
@Component
public class PersonalTokens {

    public static final String PREFIX = "crm_pat_";

    /** A token as stored: everything but the secret. */
    public record PersonalToken(String id, String employeeId, String name, TokenScope scope, Instant createdAt,
                                Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {

        public boolean usableAt(Instant now) {
            return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
        }
    }

    private final JdbcTemplate jdbc;

    public PersonalTokens(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a new token for {@code employeeId} and returns its secret. Refused (422 {@code too-many-tokens}) when he
     * already holds {@code max} usable tokens.
     */
    public String create(String id, String employeeId, String name, TokenScope scope, Instant expiresAt, Instant now, int max) {
        long usable = jdbc.queryForObject("SELECT COUNT(*) FROM auth_personal_tokens WHERE employee_id = ? AND revoked_at IS NULL "
                + "AND (expires_at IS NULL OR expires_at > ?)", Long.class, employeeId, at(now));
        if (usable >= max) {
            throw new RuleViolationException("too-many-tokens",
                    "You already have " + usable + " active personal API tokens (at most " + max + "); revoke one first.");
        }
        String secret = PREFIX + Secrets.random(32);
        jdbc.update("INSERT INTO auth_personal_tokens (id, employee_id, name, scope, token_hash, created_at, expires_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)",
                id, employeeId, name, scope.name(), Secrets.sha256(secret), at(now), expiresAt == null ? null : at(expiresAt));
        return secret;
    }

    public Optional<PersonalToken> byId(String id) {
        return jdbc.query("SELECT * FROM auth_personal_tokens WHERE id = ?", PersonalTokens::token, id).stream().findFirst();
    }

    public Optional<PersonalToken> bySecret(String secret) {
        return jdbc.query("SELECT * FROM auth_personal_tokens WHERE token_hash = ?", PersonalTokens::token, Secrets.sha256(secret))
                .stream().findFirst();
    }

    /** The employee's tokens, newest first. */
    public List<PersonalToken> page(String employeeId, int page, int size) {
        return jdbc.query("SELECT * FROM auth_personal_tokens WHERE employee_id = ? ORDER BY created_at DESC, id LIMIT ? OFFSET ?",
                PersonalTokens::token, employeeId, size, (long) page * size);
    }

    public long count(String employeeId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM auth_personal_tokens WHERE employee_id = ?", Long.class, employeeId);
    }

    /** Revokes the employee's token {@code id}; false if he has no token with that id. Revoking twice is fine. */
    public boolean revoke(String employeeId, String id, Instant now) {
        jdbc.update("UPDATE auth_personal_tokens SET revoked_at = ? WHERE id = ? AND employee_id = ? AND revoked_at IS NULL",
                at(now), id, employeeId);
        return jdbc.queryForObject("SELECT COUNT(*) FROM auth_personal_tokens WHERE id = ? AND employee_id = ?",
                Long.class, id, employeeId) > 0;
    }

    /** Records a use, at most once a minute per token (a write per API call would be wasteful). */
    public void touch(String id, Instant now) {
        jdbc.update("UPDATE auth_personal_tokens SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)",
                at(now), id, at(now.minus(Duration.ofMinutes(1))));
    }

    private static PersonalToken token(ResultSet rs, int row) throws SQLException {
        return new PersonalToken(rs.getString("id"), rs.getString("employee_id"), rs.getString("name"),
                TokenScope.valueOf(rs.getString("scope")), instant(rs, "created_at"), instant(rs, "expires_at"),
                instant(rs, "revoked_at"), instant(rs, "last_used_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
