package io.salescrm.org.auth.keys;

import com.nimbusds.jose.jwk.RSAKey;

import java.time.Instant;

/**
 * One RS256 key pair of the issuer. {@code jwk} holds the private part too: never publish it, publish
 * {@code jwk.toPublicJWK()}.
 */
public record SigningKey(String kid, long generation, RSAKey jwk, Instant createdAt, Instant retiredAt) {

    public boolean retired() {
        return retiredAt != null;
    }
}
