package io.salescrm.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** Real RSA keys and access tokens shaped like sales-org's, for the gateway's tests. */
final class TestJwt {

    static final String ISSUER = "http://localhost:8080/api/org";
    static final RSAKey KEY = newKey();
    static final RSAKey NEXT_KEY = newKey();
    static final RSAKey FOREIGN_KEY = newKey();

    private TestJwt() {
    }

    /** A valid full-scope token for {@code subject}, signed with {@link #KEY}. */
    static String token(String subject) {
        return token(KEY, subject, "crm", ISSUER, Instant.now(), Duration.ofMinutes(15));
    }

    static String bearer(String subject) {
        return "Bearer " + token(subject);
    }

    static String token(RSAKey key, String subject, String scope, String issuer, Instant issuedAt, Duration ttl) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
            .issuer(issuer)
            .subject(subject)
            .claim("login", subject)
            .claim("scope", scope)
            .issueTime(Date.from(issuedAt))
            .expirationTime(Date.from(issuedAt.plus(ttl)))
            .jwtID(UUID.randomUUID().toString())
            .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        }
        catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** The public JWKS of these keys, as sales-org serves it. */
    static String jwks(RSAKey... keys) {
        return new JWKSet(Arrays.stream(keys).map(key -> (JWK) key.toPublicJWK()).toList()).toString(true);
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256).generate();
        }
        catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
