package io.salescrm.org.auth.token;

import java.time.Instant;

/** A signed access token, its scope and when it expires. */
public record IssuedToken(String value, String scope, Instant issuedAt, Instant expiresAt) {

    public long expiresInSeconds() {
        return expiresAt.getEpochSecond() - issuedAt.getEpochSecond();
    }
}
