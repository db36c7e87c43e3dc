package io.salescrm.org.auth.signin;

import io.salescrm.org.auth.AuthProblems;
import io.salescrm.org.auth.config.AuthSettings;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * Limits unsuccessful sign-ins per login, in the database so that the limit holds across instances: after
 * {@code crm.security.login-failure-limit} (5) unsuccessful attempts within {@code login-failure-window} (15 minutes)
 * the login is locked for one window; every attempt during the lock, with the right password too, is answered 429
 * with {@code Retry-After}. A successful sign-in clears the count.
 *
 * <p>An attempt is counted <em>before</em> the password is checked, under a row lock, so that parallel guesses cannot
 * slip past the limit while their BCrypt checks run; a successful attempt then deletes the row.
 */
@Component
public class LoginThrottle {

    private record State(int attempts, Instant windowStartedAt, Instant lockedUntil) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final int limit;
    private final Duration window;

    public LoginThrottle(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, AuthSettings settings) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.limit = settings.loginFailureLimit();
        this.window = settings.loginFailureWindow();
    }

    /** Counts an attempt for {@code login}, or refuses it with a 429 problem while the login is locked. */
    public void beforeAttempt(String login, Instant now) {
        String key = key(login);
        Instant lockedUntil = null;
        for (int attempt = 0; ; attempt++) {
            try {
                lockedUntil = transaction.execute(status -> reserve(key, now));
                break;
            } catch (DuplicateKeyException firstAttemptRace) {
                // Another instance counted the first attempt of this login at the same moment: count on its row.
                if (attempt >= 2) {
                    throw firstAttemptRace;
                }
            }
        }
        if (lockedUntil != null) {
            long seconds = Math.max(1, (Duration.between(now, lockedUntil).toMillis() + 999) / 1000);
            throw AuthProblems.tooManySignInAttempts(seconds);
        }
    }

    /** The attempt failed: a login that has used up its attempts is locked from now for one window. */
    public void failed(String login, Instant now) {
        jdbc.update("UPDATE auth_login_throttle SET locked_until = ? WHERE login_key = ? AND attempts >= ? AND locked_until IS NULL",
                at(now.plus(window)), key(login), limit);
    }

    /** The attempt succeeded: the login starts afresh. */
    public void succeeded(String login) {
        jdbc.update("DELETE FROM auth_login_throttle WHERE login_key = ?", key(login));
    }

    /** Forgets counts whose window and lock are over (housekeeping; they would be reset on the next attempt anyway). */
    public int purge(Instant now) {
        return jdbc.update("DELETE FROM auth_login_throttle WHERE window_started_at < ? AND (locked_until IS NULL OR locked_until < ?)",
                at(now.minus(window)), at(now));
    }

    /** @return the end of the lock if the attempt is refused, otherwise null (the attempt is counted) */
    private Instant reserve(String key, Instant now) {
        List<State> rows = jdbc.query("SELECT attempts, window_started_at, locked_until FROM auth_login_throttle WHERE login_key = ? FOR UPDATE",
                LoginThrottle::state, key);
        if (rows.isEmpty()) {
            jdbc.update("INSERT INTO auth_login_throttle (login_key, attempts, window_started_at) VALUES (?, 1, ?)", key, at(now));
            return null;
        }
        State state = rows.get(0);
        if (state.lockedUntil() != null && state.lockedUntil().isAfter(now)) {
            return state.lockedUntil();
        }
        if (state.lockedUntil() != null || !state.windowStartedAt().plus(window).isAfter(now)) {
            update(key, 1, now, null);
            return null;
        }
        if (state.attempts() >= limit) {
            // Attempts still in flight used up the window: lock now.
            Instant until = now.plus(window);
            update(key, state.attempts(), state.windowStartedAt(), until);
            return until;
        }
        update(key, state.attempts() + 1, state.windowStartedAt(), null);
        return null;
    }

    private void update(String key, int attempts, Instant windowStartedAt, Instant lockedUntil) {
        jdbc.update("UPDATE auth_login_throttle SET attempts = ?, window_started_at = ?, locked_until = ? WHERE login_key = ?",
                attempts, at(windowStartedAt), lockedUntil == null ? null : at(lockedUntil), key);
    }

    private static State state(ResultSet rs, int row) throws SQLException {
        OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
        return new State(rs.getInt("attempts"), rs.getObject("window_started_at", OffsetDateTime.class).toInstant(),
                locked == null ? null : locked.toInstant());
    }

    /** Case and surrounding blanks do not give a login more attempts. */
    static String key(String login) {
        String key = login.strip().toLowerCase(Locale.ROOT);
        return key.length() > 64 ? key.substring(0, 64) : key;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
