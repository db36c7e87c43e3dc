package io.salescrm.org.auth.pat;

import io.salescrm.org.auth.AuthProblems;
import io.salescrm.org.auth.config.AuthSettings;
import io.salescrm.org.auth.pat.PersonalTokens.PersonalToken;
import io.salescrm.org.auth.signin.SignInCredentials;
import io.salescrm.org.auth.signin.SignInCredentials.Credential;
import io.salescrm.org.auth.token.AccessTokenIssuer;
import io.salescrm.org.auth.token.IssuedToken;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Personal API tokens for integrations and BI tools: created by an employee for himself, listed and revoked by him,
 * and exchanged (by the gateway, on every request) for a short-lived access token of their owner with the token's
 * scope. A revoked or expired token, or one whose owner is no longer active, is refused at once.
 */
@Service
public class PersonalTokenService {

    /** A created token with its secret, which exists only in this answer. */
    public record Created(PersonalToken token, String secret) {
    }

    private final PersonalTokens tokens;
    private final SignInCredentials credentials;
    private final AccessTokenIssuer issuer;
    private final AuthSettings settings;

    public PersonalTokenService(PersonalTokens tokens, SignInCredentials credentials, AccessTokenIssuer issuer,
                                AuthSettings settings) {
        this.tokens = tokens;
        this.credentials = credentials;
        this.issuer = issuer;
        this.settings = settings;
    }

    /** Stores a new token under {@code id} and returns its secret. */
    public String create(String id, String employeeId, String name, TokenScope scope, Instant expiresAt) {
        return tokens.create(id, employeeId, name, scope, expiresAt, now(), settings.maxPersonalTokens());
    }

    /** The employee's own token {@code id}; 404 for any other. */
    public PersonalToken own(String employeeId, String id) {
        return tokens.byId(id).filter(token -> token.employeeId().equals(employeeId))
                .orElseThrow(() -> AuthProblems.notFound("No personal API token with id " + id + "."));
    }

    public List<PersonalToken> page(String employeeId, int page, int size) {
        return tokens.page(employeeId, page, size);
    }

    public long count(String employeeId) {
        return tokens.count(employeeId);
    }

    public void revoke(String employeeId, String id) {
        if (!tokens.revoke(employeeId, id, now())) {
            throw AuthProblems.notFound("No personal API token with id " + id + ".");
        }
    }

    /** A short-lived access token for the owner of {@code secret}; 401 if the token cannot be used. */
    public IssuedToken exchange(String secret) {
        Instant now = now();
        Optional<PersonalToken> found = secret.startsWith(PersonalTokens.PREFIX) ? tokens.bySecret(secret) : Optional.empty();
        if (found.isEmpty() || !found.get().usableAt(now)) {
            throw AuthProblems.unauthorized("The personal API token is unknown, revoked or expired.");
        }
        PersonalToken token = found.get();
        Optional<Credential> owner = credentials.byEmployeeId(token.employeeId()).filter(Credential::active);
        if (owner.isEmpty()) {
            throw AuthProblems.unauthorized("The owner of this personal API token is not active.");
        }
        tokens.touch(token.id(), now);
        return issuer.forPersonalToken(owner.get().employeeId(), owner.get().login(), token.scope().jwtScope(), token.id());
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
