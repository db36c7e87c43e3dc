package io.salescrm.org.auth.pat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.JWTClaimsSet;
import io.salescrm.org.auth.AuthMother;
import io.salescrm.org.auth.AuthMother.Employee;
import io.salescrm.org.auth.TestSignIn;
import io.salescrm.platform.test.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.salescrm.org.auth.AuthMother.claims;
import static org.assertj.core.api.Assertions.assertThat;

@ServiceIntegrationTest
class PersonalTokenApiTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    Employee owner;
    String ownerBearer;

    @BeforeEach
    void signIn() {
        owner = AuthMother.activeEmployee(jdbc);
        ownerBearer = TestSignIn.bearer(http, owner.login(), owner.password());
    }

    @Test
    void anEmployeeCreatesATokenThatIsShownOnceAndStoredOnlyAsAHash() {
        ResponseEntity<JsonNode> created = create(ownerBearer, Map.of("name", "BI export", "scope", "read"), null);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode body = created.getBody();
        String id = body.get("id").asText();
        String secret = body.get("token").asText();
        assertThat(secret).matches("crm_pat_[A-Za-z0-9_-]{43}");
        assertThat(body.get("name").asText()).isEqualTo("BI export");
        assertThat(body.get("scope").asText()).isEqualTo("read");
        assertThat(body.get("expiresAt").isNull()).isTrue();
        assertThat(created.getHeaders().getLocation()).hasPath("/auth/tokens/" + id);
        assertThat(created.getHeaders().getCacheControl()).contains("no-store");

        String stored = jdbc.queryForObject("SELECT token_hash FROM auth_personal_tokens WHERE id = ?", String.class, id);
        assertThat(stored).hasSize(64).doesNotContain(secret.substring(8));
        JsonNode one = get("/auth/tokens/" + id, ownerBearer).getBody();
        assertThat(one.has("token")).isFalse();
        assertThat(one.toString()).doesNotContain(secret.substring(8)).doesNotContain(stored);
        assertThat(one.get("status").asText()).isEqualTo("active");
    }

    @Test
    void theListShowsOnlyTheCallersOwnTokensWithoutSecretsAndIsPaginated() {
        String first = create(ownerBearer, Map.of("name", "one", "scope", "read"), null).getBody().get("token").asText();
        String second = create(ownerBearer, Map.of("name", "two", "scope", "full"), null).getBody().get("token").asText();
        Employee other = AuthMother.activeEmployee(jdbc);
        String othersBearer = TestSignIn.bearer(http, other.login(), other.password());
        create(othersBearer, Map.of("name", "not yours", "scope", "full"), null);

        ResponseEntity<JsonNode> list = get("/auth/tokens?size=1", ownerBearer);

        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(list.getBody().get("totalItems").asLong()).isEqualTo(2);
        assertThat(list.getBody().get("items")).hasSize(1);
        assertThat(list.getBody().get("items").get(0).get("name").asText()).isEqualTo("two");
        JsonNode all = get("/auth/tokens?size=100", ownerBearer).getBody();
        assertThat(all.get("items").findValuesAsText("name")).containsExactly("two", "one");
        assertThat(all.toString()).doesNotContain(first.substring(8)).doesNotContain(second.substring(8))
                .doesNotContain("not yours").doesNotContain("hash");
        assertThat(get("/auth/tokens?size=101", ownerBearer).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void someoneElsesTokenIsA404ToReadOrRevoke() {
        String id = create(ownerBearer, Map.of("name", "mine", "scope", "full"), null).getBody().get("id").asText();
        Employee other = AuthMother.activeEmployee(jdbc);
        String othersBearer = TestSignIn.bearer(http, other.login(), other.password());

        assertThat(get("/auth/tokens/" + id, othersBearer).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(delete("/auth/tokens/" + id, othersBearer).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(delete("/auth/tokens/" + UUID.randomUUID(), ownerBearer).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("/auth/tokens/" + id, ownerBearer).getBody().get("status").asText()).isEqualTo("active");
    }

    @Test
    void aFullTokenIsExchangedForAFiveMinuteJwtOfItsOwner() {
        JsonNode created = create(ownerBearer, Map.of("name", "integration", "scope", "full"), null).getBody();

        ResponseEntity<JsonNode> exchanged = exchange(created.get("token").asText());

        assertThat(exchanged.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(exchanged.getBody().get("tokenType").asText()).isEqualTo("Bearer");
        assertThat(exchanged.getBody().get("expiresIn").asLong()).isEqualTo(300);
        assertThat(exchanged.getBody().get("scope").asText()).isEqualTo("crm");
        JWTClaimsSet claims = claims(exchanged.getBody().get("accessToken").asText());
        assertThat(claims.getSubject()).isEqualTo(owner.id());
        assertThat(claims.getClaim("login")).isEqualTo(owner.login());
        assertThat(claims.getClaim("scope")).isEqualTo("crm");
        assertThat(claims.getClaim("pat_id")).isEqualTo(created.get("id").asText());
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant())).isEqualTo(Duration.ofMinutes(5));
        assertThat(get("/auth/tokens/" + created.get("id").asText(), ownerBearer).getBody().get("lastUsedAt").isNull()).isFalse();
    }

    @Test
    void aReadTokenGivesAReadOnlyJwt() {
        String secret = create(ownerBearer, Map.of("name", "bi", "scope", "read"), null).getBody().get("token").asText();
        String jwt = exchange(secret).getBody().get("accessToken").asText();

        assertThat(claims(jwt).getClaim("scope")).isEqualTo("crm:read");
        assertThat(get("/auth/tokens", "Bearer " + jwt).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(create("Bearer " + jwt, Map.of("name", "more", "scope", "full"), null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aTokenObtainedForAPersonalTokenCannotCreateFurtherTokens() {
        String secret = create(ownerBearer, Map.of("name", "ci", "scope", "full"), null).getBody().get("token").asText();
        String jwt = exchange(secret).getBody().get("accessToken").asText();

        ResponseEntity<JsonNode> refused = create("Bearer " + jwt, Map.of("name", "more", "scope", "full"), null);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aRevokedTokenStopsWorkingAtOnce() {
        JsonNode created = create(ownerBearer, Map.of("name", "revoke me", "scope", "full"), null).getBody();
        assertThat(exchange(created.get("token").asText()).getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(delete("/auth/tokens/" + created.get("id").asText(), ownerBearer).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<JsonNode> refused = exchange(created.get("token").asText());
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode view = get("/auth/tokens/" + created.get("id").asText(), ownerBearer).getBody();
        assertThat(view.get("status").asText()).isEqualTo("revoked");
        assertThat(view.get("revokedAt").isNull()).isFalse();
        assertThat(delete("/auth/tokens/" + created.get("id").asText(), ownerBearer).getStatusCode())
                .as("revoking twice is fine").isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void expiredUnknownAndInactiveOwnersTokensAreRefused() {
        JsonNode expiring = create(ownerBearer, Map.of("name", "short", "scope", "full",
                "expiresAt", Instant.now().plus(Duration.ofDays(1)).toString()), null).getBody();
        assertThat(expiring.get("expiresAt").isNull()).isFalse();
        jdbc.update("UPDATE auth_personal_tokens SET expires_at = ? WHERE id = ?",
                OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1), expiring.get("id").asText());
        assertThat(exchange(expiring.get("token").asText()).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get("/auth/tokens/" + expiring.get("id").asText(), ownerBearer).getBody().get("status").asText()).isEqualTo("expired");

        assertThat(exchange("crm_pat_" + "x".repeat(43)).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(exchange("something else").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        String secret = create(ownerBearer, Map.of("name", "leaver", "scope", "full"), null).getBody().get("token").asText();
        AuthMother.setActive(jdbc, owner, false);
        assertThat(exchange(secret).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        AuthMother.setActive(jdbc, owner, true);
        assertThat(exchange(secret).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void badInputIsA400NamingTheField() {
        assertInvalid(Map.of("scope", "read"), "name");
        assertInvalid(Map.of("name", "x".repeat(101), "scope", "read"), "name");
        assertInvalid(Map.of("name", "x", "scope", "admin"), "scope");
        assertInvalid(Map.of("name", "x"), "scope");
        assertInvalid(Map.of("name", "x", "scope", "read", "expiresAt", Instant.now().minusSeconds(60).toString()), "expiresAt");
        // An unparsable instant is a 400 too; the platform's handler names the field only when Jackson's error is the
        // innermost cause, which it is not for java.time parse errors.
        assertThat(create(ownerBearer, Map.of("name", "x", "scope", "read", "expiresAt", "tomorrow"), null).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(exchange("").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aRepeatedIdempotencyKeyCreatesNothingAndDoesNotShowTheSecretAgain() {
        String key = "pat-" + UUID.randomUUID();
        Map<String, Object> request = Map.of("name", "retried", "scope", "read");
        ResponseEntity<JsonNode> first = create(ownerBearer, request, key);
        ResponseEntity<JsonNode> second = create(ownerBearer, request, key);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(second.getBody().get("id")).isEqualTo(first.getBody().get("id"));
        assertThat(second.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(second.getBody().get("token").isNull()).isTrue();
        assertThat(get("/auth/tokens", ownerBearer).getBody().get("totalItems").asLong()).isEqualTo(1);
    }

    @Test
    void anEmployeeHoldsABoundedNumberOfActiveTokens() {
        for (int i = 0; i < 50; i++) {
            jdbc.update("INSERT INTO auth_personal_tokens (id, employee_id, name, scope, token_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                    UUID.randomUUID().toString(), owner.id(), "bulk " + i, "READ", UUID.randomUUID().toString().replace("-", ""),
                    OffsetDateTime.now(ZoneOffset.UTC));
        }
        ResponseEntity<JsonNode> refused = create(ownerBearer, Map.of("name", "one too many", "scope", "read"), null);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("rule").asText()).isEqualTo("too-many-tokens");
    }

    @Test
    void tokenEndpointsNeedASignedInCaller() {
        assertThat(http.getForEntity("/auth/tokens", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.postForEntity("/auth/tokens", Map.of("name", "x", "scope", "read"), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private void assertInvalid(Map<String, Object> body, String field) {
        ResponseEntity<JsonNode> response = create(ownerBearer, body, null);
        assertThat(response.getStatusCode()).as(body.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().has("errors")).as(body + " -> " + response.getBody()).isTrue();
        List<String> fields = response.getBody().get("errors").findValuesAsText("field");
        assertThat(fields).as(body.toString()).containsExactly(field);
    }

    private ResponseEntity<JsonNode> create(String bearer, Map<String, Object> body, String idempotencyKey) {
        HttpHeaders headers = TestSignIn.headers(bearer);
        if (idempotencyKey != null) {
            headers.set("Idempotency-Key", idempotencyKey);
        }
        return http.exchange("/auth/tokens", HttpMethod.POST, new HttpEntity<>(new HashMap<>(body), headers), JsonNode.class);
    }

    private ResponseEntity<JsonNode> exchange(String secret) {
        return http.postForEntity("/auth/token-exchange", Map.of("token", secret), JsonNode.class);
    }

    private ResponseEntity<JsonNode> get(String path, String bearer) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(TestSignIn.headers(bearer)), JsonNode.class);
    }

    private ResponseEntity<JsonNode> delete(String path, String bearer) {
        return http.exchange(path, HttpMethod.DELETE, new HttpEntity<>(TestSignIn.headers(bearer)), JsonNode.class);
    }
}
