package io.salescrm.org.auth.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * Settings of the built-in token issuer ({@code crm.security.*}).
 *
 * @param issuer              the {@code iss} of every token issued here; services and the gateway check it
 * @param accessTokenTtl      lifetime of an access token issued at sign-in or refresh
 * @param refreshTokenTtl     lifetime of a refresh token (each rotation issues a new one with this lifetime)
 * @param exchangedTokenTtl   lifetime of the access token a personal API token is exchanged for
 * @param loginFailureLimit   unsuccessful sign-ins per login within {@code loginFailureWindow} before it is locked
 * @param loginFailureWindow  the window in which failures are counted, and how long a lock lasts
 * @param keyCacheTtl         how long an instance trusts its in-memory copy of the signing keys (other instances'
 *                            rotations and retirements are seen within this time)
 * @param keyAdministrators   employee ids allowed to rotate and retire signing keys
 * @param maxPersonalTokens   active personal API tokens an employee may hold
 * @param publicKeyLocation   when set (a Spring resource with an X.509 PEM RSA public key; tests set it, see
 *                            platform-test's {@code TestTokens}), tokens signed with that key are accepted too, as in
 *                            the services using {@code platform-access}
 */
@ConfigurationProperties("crm.security")
public record AuthSettings(
        @DefaultValue("http://localhost:8080/api/org") String issuer,
        @DefaultValue("15m") Duration accessTokenTtl,
        @DefaultValue("14d") Duration refreshTokenTtl,
        @DefaultValue("5m") Duration exchangedTokenTtl,
        @DefaultValue("5") int loginFailureLimit,
        @DefaultValue("15m") Duration loginFailureWindow,
        @DefaultValue("10s") Duration keyCacheTtl,
        @DefaultValue("admin") List<String> keyAdministrators,
        @DefaultValue("50") int maxPersonalTokens,
        String publicKeyLocation) {

    public static final String DEFAULT_ISSUER = "http://localhost:8080/api/org";

    public AuthSettings {
        // CRM_SECURITY_ISSUER set but empty means "do not check" to the services; this issuer still needs a name.
        issuer = issuer == null || issuer.isBlank() ? DEFAULT_ISSUER : issuer.strip();
    }
}
