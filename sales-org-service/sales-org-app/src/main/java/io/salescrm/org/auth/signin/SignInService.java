package io.salescrm.org.auth.signin;

import io.salescrm.org.auth.AuthProblems;
import io.salescrm.org.auth.config.AuthSettings;
import io.salescrm.org.auth.signin.SignInCredentials.Credential;
import io.salescrm.org.auth.token.AccessTokenIssuer;
import io.salescrm.org.auth.token.IssuedToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Sign-in with login and password, refresh-token rotation and sign-out.
 *
 * <ul>
 * <li>Unknown login, wrong password and inactive employee get the same 401 answer, and an unknown login costs the
 * same BCrypt check as a known one.</li>
 * <li>Attempts are limited per login ({@link LoginThrottle}).</li>
 * <li>A refresh token can be used once; using it again (a stolen copy, or a replay) revokes its whole family, so
 * both the thief and the victim have to sign in again. A family also ends when the employee is deactivated or
 * his password changes after the sign-in.</li>
 * </ul>
 */
@Service
public class SignInService {

    private static final Logger log = LoggerFactory.getLogger(SignInService.class);

    /** What a sign-in or a refresh hands out. */
    public record TokenPair(IssuedToken accessToken, String refreshToken) {
    }

    private sealed interface Refreshed permits Refreshed.Rotated, Refreshed.Refused {
        record Rotated(Credential credential, String refreshToken) implements Refreshed {
        }

        record Refused(String reason) implements Refreshed {
        }
    }

    private final SignInCredentials credentials;
    private final LoginThrottle throttle;
    private final RefreshTokens refreshTokens;
    private final AccessTokenIssuer issuer;
    private final AuthSettings settings;
    private final TransactionTemplate transaction;
    private final BCryptPasswordEncoder passwords = new BCryptPasswordEncoder();
    /** Checked against when the login is unknown, so that the answer takes as long as for a known login. */
    private final String decoyHash = passwords.encode("decoy password that matches nothing");

    public SignInService(SignInCredentials credentials, LoginThrottle throttle, RefreshTokens refreshTokens,
                         AccessTokenIssuer issuer, AuthSettings settings, PlatformTransactionManager transactionManager) {
        this.credentials = credentials;
        this.throttle = throttle;
        this.refreshTokens = refreshTokens;
        this.issuer = issuer;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    public TokenPair signIn(String login, String password) {
        Instant now = now();
        throttle.beforeAttempt(login, now);
        Optional<Credential> credential = credentials.byLogin(login);
        boolean passwordMatches = matches(password, credential.map(Credential::passwordHash).orElse(decoyHash))
                && credential.isPresent();
        if (!passwordMatches || !credential.get().active()) {
            throttle.failed(login, now);
            throw AuthProblems.unauthorized(AuthProblems.INVALID_CREDENTIALS);
        }
        throttle.succeeded(login);
        Credential employee = credential.get();
        String refreshToken = refreshTokens.startFamily(employee.employeeId(), now, settings.refreshTokenTtl());
        return new TokenPair(issuer.forSignIn(employee.employeeId(), employee.login()), refreshToken);
    }

    public TokenPair refresh(String refreshToken) {
        Instant now = now();
        Refreshed outcome = transaction.execute(status -> rotate(refreshToken, now));
        if (outcome instanceof Refreshed.Rotated rotated) {
            Credential employee = rotated.credential();
            return new TokenPair(issuer.forSignIn(employee.employeeId(), employee.login()), rotated.refreshToken());
        }
        throw AuthProblems.unauthorized(((Refreshed.Refused) outcome).reason());
    }

    /** Ends the session (the refresh-token family) of {@code refreshToken} if it is the caller's. */
    public void signOut(String employeeId, String refreshToken) {
        refreshTokens.revokeFamilyOf(refreshToken, employeeId, now());
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    public void purge() {
        Instant now = now();
        int throttles = throttle.purge(now);
        int tokens = refreshTokens.purgeExpired(now, Duration.ofDays(1));
        if (throttles + tokens > 0) {
            log.info("Purged {} expired sign-in attempt counts and {} expired refresh tokens", throttles, tokens);
        }
    }

    private Refreshed rotate(String token, Instant now) {
        Optional<RefreshTokens.Stored> found = refreshTokens.lockForUse(token);
        if (found.isEmpty()) {
            return new Refreshed.Refused("The refresh token is not valid.");
        }
        RefreshTokens.Stored stored = found.get();
        if (stored.revokedAt() != null) {
            return new Refreshed.Refused("The refresh token was revoked; sign in again.");
        }
        if (stored.usedAt() != null) {
            refreshTokens.revokeFamily(stored.familyId(), now);
            log.warn("A used refresh token was presented again: signed out employee {} (session {})",
                    stored.employeeId(), stored.familyId());
            return new Refreshed.Refused("The refresh token was already used; the session is ended, sign in again.");
        }
        if (!stored.expiresAt().isAfter(now)) {
            return new Refreshed.Refused("The refresh token has expired; sign in again.");
        }
        Optional<Credential> credential = credentials.byEmployeeId(stored.employeeId());
        if (credential.isEmpty() || !credential.get().active()
                || credential.get().passwordChangedAt().truncatedTo(ChronoUnit.MILLIS).isAfter(stored.familyStartedAt())) {
            refreshTokens.revokeFamily(stored.familyId(), now);
            return new Refreshed.Refused("The session has ended; sign in again.");
        }
        refreshTokens.markUsed(stored.tokenHash(), now);
        String next = refreshTokens.issue(stored.familyId(), stored.employeeId(), stored.familyStartedAt(), now,
                settings.refreshTokenTtl());
        return new Refreshed.Rotated(credential.get(), next);
    }

    private boolean matches(String password, String hash) {
        try {
            return passwords.matches(password, hash);
        } catch (IllegalArgumentException unusable) {
            return false;
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
