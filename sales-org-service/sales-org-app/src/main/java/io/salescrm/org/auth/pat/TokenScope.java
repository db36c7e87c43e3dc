package io.salescrm.org.auth.pat;

import com.fasterxml.jackson.annotation.JsonValue;
import io.salescrm.org.auth.token.AccessTokenIssuer;

import java.util.Locale;

/** What a personal API token may do: read only, or everything the employee may do. */
public enum TokenScope {
    READ(AccessTokenIssuer.READ_SCOPE),
    FULL(AccessTokenIssuer.FULL_SCOPE);

    private final String jwtScope;

    TokenScope(String jwtScope) {
        this.jwtScope = jwtScope;
    }

    /** The {@code scope} claim of the tokens it is exchanged for. */
    public String jwtScope() {
        return jwtScope;
    }

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code read} or {@code full}. */
    public static TokenScope of(String value) {
        for (TokenScope scope : values()) {
            if (scope.json().equals(value)) {
                return scope;
            }
        }
        throw new IllegalArgumentException("scope must be read or full");
    }
}
