package io.salescrm.org.auth.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.salescrm.org.auth.config.AuthSettings;
import io.salescrm.org.auth.keys.SigningKey;
import io.salescrm.org.auth.keys.SigningKeyStore;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.UUID;

/**
 * Signs access tokens: JWT, RS256, {@code kid} of the current signing key; claims {@code iss}, {@code sub} (the
 * employee id), {@code login}, {@code scope} ({@value #FULL_SCOPE} or {@value #READ_SCOPE}), {@code iat},
 * {@code exp}, {@code jti}, and {@code pat_id} when the token was obtained for a personal API token.
 */
@Component
public class AccessTokenIssuer {

    /** Everything the employee's rights allow. */
    public static final String FULL_SCOPE = "crm";
    /** Reading only (GET/HEAD), within the employee's rights. */
    public static final String READ_SCOPE = "crm:read";
    public static final String LOGIN_CLAIM = "login";
    public static final String PAT_ID_CLAIM = "pat_id";

    private final SigningKeyStore keys;
    private final AuthSettings settings;

    public AccessTokenIssuer(SigningKeyStore keys, AuthSettings settings) {
        this.keys = keys;
        this.settings = settings;
    }

    /** An access token after sign-in or refresh: full scope, {@code crm.security.access-token-ttl}. */
    public IssuedToken forSignIn(String employeeId, String login) {
        return issue(employeeId, login, FULL_SCOPE, settings.accessTokenTtl(), null);
    }

    /** A short-lived token standing for a personal API token ({@code crm.security.exchanged-token-ttl}). */
    public IssuedToken forPersonalToken(String employeeId, String login, String scope, String patId) {
        return issue(employeeId, login, scope, settings.exchangedTokenTtl(), patId);
    }

    private IssuedToken issue(String employeeId, String login, String scope, Duration ttl, String patId) {
        Instant issuedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = issuedAt.plus(ttl);
        SigningKey key = keys.signingKey();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(settings.issuer())
                .subject(employeeId)
                .claim(LOGIN_CLAIM, login)
                .claim("scope", scope)
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString());
        if (patId != null) {
            claims.claim(PAT_ID_CLAIM, patId);
        }
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.kid()).type(JOSEObjectType.JWT).build();
        SignedJWT jwt = new SignedJWT(header, claims.build());
        try {
            jwt.sign(new RSASSASigner(key.jwk()));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
        return new IssuedToken(jwt.serialize(), scope, issuedAt, expiresAt);
    }
}
