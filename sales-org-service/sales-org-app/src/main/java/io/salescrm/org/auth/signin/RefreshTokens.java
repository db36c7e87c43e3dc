package io.salescrm.org.auth.signin;

import io.salescrm.org.auth.token.Secrets;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * Refresh tokens in {@code auth_refresh_tokens}: 32 random bytes (base64url) handed out once, kept only as their
 * SHA-256. One family per sign-in; every use marks the token used and issues the next one of the family.
 */
@Component
public class RefreshTokens {

    /** A stored refresh token (never the token itself). */
    public record Stored(String tokenHash, String familyId, String employeeId, Instant familyStartedAt,
                         Instant expiresAt, Instant usedAt, Instant revokedAt) {
    }

    private final JdbcTemplate jdbc;

    public RefreshTokens(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new family (a sign-in) with its first token; returns the token. */
    public String startFamily(String employeeId, Instant now, Duration ttl) {
        return issue(UUID.randomUUID().toString(), employeeId, now, now, ttl);
    }

    /** The next token of a family; returns the token. */
    public String issue(String familyId, String employeeId, Instant familyStartedAt, Instant now, Duration ttl) {
        String token = Secrets.random(32);
        jdbc.update("INSERT INTO auth_refresh_tokens (token_hash, family_id, employee_id, family_started_at, issued_at, expires_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)",
                Secrets.sha256(token), familyId, employeeId, at(familyStartedAt), at(now), at(now.plus(ttl)));
        return token;
    }

    /** The stored token, locked for update until the end of the current transaction. */
    public Optional<Stored> lockForUse(String token) {
        return jdbc.query("SELECT * FROM auth_refresh_tokens WHERE token_hash = ? FOR UPDATE", RefreshTokens::stored,
                Secrets.sha256(token)).stream().findFirst();
    }

    public void markUsed(String tokenHash, Instant now) {
        jdbc.update("UPDATE auth_refresh_tokens SET used_at = ? WHERE token_hash = ?", at(now), tokenHash);
    }

    public int revokeFamily(String familyId, Instant now) {
        return jdbc.update("UPDATE auth_refresh_tokens SET revoked_at = ? WHERE family_id = ? AND revoked_at IS NULL", at(now), familyId);
    }

    /** Revokes the family of {@code token} if it belongs to {@code employeeId}; false if it does not exist for him. */
    public boolean revokeFamilyOf(String token, String employeeId, Instant now) {
        Optional<String> family = jdbc.queryForList("SELECT family_id FROM auth_refresh_tokens WHERE token_hash = ? AND employee_id = ?",
                String.class, Secrets.sha256(token), employeeId).stream().findFirst();
        family.ifPresent(id -> revokeFamily(id, now));
        return family.isPresent();
    }

    /** Forgets tokens that expired more than {@code keep} ago. */
    public int purgeExpired(Instant now, Duration keep) {
        return jdbc.update("DELETE FROM auth_refresh_tokens WHERE expires_at < ?", at(now.minus(keep)));
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        return new Stored(rs.getString("token_hash"), rs.getString("family_id"), rs.getString("employee_id"),
                instant(rs, "family_started_at"), instant(rs, "expires_at"), instant(rs, "used_at"), instant(rs, "revoked_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
