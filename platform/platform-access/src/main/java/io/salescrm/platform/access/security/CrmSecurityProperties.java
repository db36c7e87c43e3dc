package io.salescrm.platform.access.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * {@code crm.security.*}: how a service checks access tokens.
 *
 * @param jwksUri            where the token signing keys are published (default from {@code CRM_JWKS_URI},
 *                           {@code http://127.0.0.1:8082/.well-known/jwks.json})
 * @param issuer             when set, a token's {@code iss} claim must equal it (e.g. {@code http://localhost:8080/api/org})
 * @param publicKeyLocation  when set (a Spring resource such as {@code file:/path/key.pem}, an X.509 PEM RSA public
 *                           key), tokens are checked against this one key instead of the JWKS; meant for tests
 * @param publicPaths        further paths (Ant patterns) served without a token, besides {@code /actuator/**} and
 *                           {@code /v3/api-docs/**}
 */
@ConfigurationProperties("crm.security")
public record CrmSecurityProperties(String jwksUri, String issuer, String publicKeyLocation, List<String> publicPaths) {

    public CrmSecurityProperties {
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
    }
}
