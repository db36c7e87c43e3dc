package io.salescrm.org.auth.signin;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.JWTClaimsSet;
import io.salescrm.org.auth.AuthMother;
import io.salescrm.org.auth.AuthMother.Employee;
import io.salescrm.org.auth.TestSignIn;
import io.salescrm.org.auth.keys.SigningKeyStore;
import io.salescrm.platform.test.ServiceIntegrationTest;
import io.salescrm.platform.test.TestTokens;
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
import java.util.Map;

import static io.salescrm.org.auth.AuthMother.claims;
import static io.salescrm.org.auth.AuthProblems.INVALID_CREDENTIALS;
import static io.salescrm.org.auth.AuthMother.login;
import static org.assertj.core.api.Assertions.assertThat;

@ServiceIntegrationTest
class SignInApiTest {

    static final String ISSUER = "http://localhost:8080/api/org";

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SigningKeyStore keys;

    @Test
    void anActiveEmployeeSignsInAndGetsAnRs256AccessTokenAndARefreshToken() {
        Employee employee = AuthMother.activeEmployee(jdbc);

        ResponseEntity<JsonNode> response = http.postForEntity("/auth/login", login(employee), JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getCacheControl()).contains("no-store");
        JsonNode body = response.getBody();
        assertThat(body.get("tokenType").asText()).isEqualTo("Bearer");
        assertThat(body.get("expiresIn").asLong()).isEqualTo(900);
        assertThat(body.get("refreshToken").asText()).matches("[A-Za-z0-9_-]{43}");
        String accessToken = body.get("accessToken").asText();
        JWTClaimsSet claims = claims(accessToken);
        assertThat(claims.getIssuer()).isEqualTo(ISSUER);
        assertThat(claims.getSubject()).isEqualTo(employee.id());
        assertThat(claims.getClaim("login")).isEqualTo(employee.login());
        assertThat(claims.getClaim("scope")).isEqualTo("crm");
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant())).isEqualTo(Duration.ofMinutes(15));
        assertThat(AuthMother.kid(accessToken)).isEqualTo(keys.signingKey().kid());
        assertThat(response.toString()).doesNotContain("$2a$").doesNotContainIgnoringCase("password");

        ResponseEntity<JsonNode> protectedCall = get("/auth/tokens", "Bearer " + accessToken);
        assertThat(protectedCall.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aWrongPasswordAnUnknownLoginAndAnInactiveEmployeeGetTheSame401() {
        Employee active = AuthMother.activeEmployee(jdbc);
        Employee inactive = AuthMother.inactiveEmployee(jdbc);

        ResponseEntity<JsonNode> wrongPassword = http.postForEntity("/auth/login",
                Map.of("username", active.login(), "password", "wrong password"), JsonNode.class);
        ResponseEntity<JsonNode> unknownLogin = http.postForEntity("/auth/login",
                Map.of("username", "nobody-" + active.login(), "password", active.password()), JsonNode.class);
        ResponseEntity<JsonNode> inactiveEmployee = http.postForEntity("/auth/login", login(inactive), JsonNode.class);

        for (ResponseEntity<JsonNode> refused : java.util.List.of(wrongPassword, unknownLogin, inactiveEmployee)) {
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(refused.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
            assertThat(refused.getBody().get("detail").asText()).isEqualTo(INVALID_CREDENTIALS);
            assertThat(refused.getBody().get("requestId").asText()).isNotBlank();
            assertThat(refused.getBody().has("accessToken")).isFalse();
        }
    }

    @Test
    void aSignInWithoutUsernameOrPasswordIsA400NamingTheFields() {
        ResponseEntity<JsonNode> response = http.postForEntity("/auth/login", Map.of("username", " "), JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("username", "password");
    }

    @Test
    void aRefreshTokenWorksOnceAndGivesANewPair() {
        Employee employee = AuthMother.activeEmployee(jdbc);
        JsonNode first = http.postForObject("/auth/login", login(employee), JsonNode.class);

        ResponseEntity<JsonNode> refreshed = refresh(first.get("refreshToken").asText());

        assertThat(refreshed.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode second = refreshed.getBody();
        assertThat(second.get("refreshToken").asText()).isNotEqualTo(first.get("refreshToken").asText());
        assertThat(second.get("tokenType").asText()).isEqualTo("Bearer");
        assertThat(claims(second.get("accessToken").asText()).getSubject()).isEqualTo(employee.id());
        assertThat(refresh(second.get("refreshToken").asText()).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void reusingAnOldRefreshTokenEndsTheWholeSession() {
        Employee employee = AuthMother.activeEmployee(jdbc);
        String original = http.postForObject("/auth/login", login(employee), JsonNode.class).get("refreshToken").asText();
        String rotated = refresh(original).getBody().get("refreshToken").asText();

        ResponseEntity<JsonNode> replay = refresh(original);

        assertThat(replay.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(replay.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refresh(rotated).getStatusCode()).as("the legitimate successor is revoked too").isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.postForEntity("/auth/login", login(employee), JsonNode.class).getStatusCode())
                .as("signing in again works").isEqualTo(HttpStatus.OK);
    }

    @Test
    void anUnknownRefreshTokenIsA401() {
        assertThat(refresh("not-a-token").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aDeactivatedEmployeeCannotRefresh() {
        Employee employee = AuthMother.activeEmployee(jdbc);
        String refreshToken = http.postForObject("/auth/login", login(employee), JsonNode.class).get("refreshToken").asText();
        AuthMother.setActive(jdbc, employee, false);

        assertThat(refresh(refreshToken).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aPasswordChangeEndsEarlierSessions() {
        Employee employee = AuthMother.activeEmployee(jdbc);
        String refreshToken = http.postForObject("/auth/login", login(employee), JsonNode.class).get("refreshToken").asText();
        jdbc.update("UPDATE employee_credentials SET password_changed_at = ? WHERE employee_id = ?",
                java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(1), employee.id());

        assertThat(refresh(refreshToken).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void signingOutRevokesTheRefreshToken() {
        Employee employee = AuthMother.activeEmployee(jdbc);
        JsonNode tokens = http.postForObject("/auth/login", login(employee), JsonNode.class);
        String bearer = "Bearer " + tokens.get("accessToken").asText();

        ResponseEntity<JsonNode> logout = http.exchange("/auth/logout", HttpMethod.POST,
                new HttpEntity<>(Map.of("refreshToken", tokens.get("refreshToken").asText()), TestSignIn.headers(bearer)), JsonNode.class);

        assertThat(logout.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(refresh(tokens.get("refreshToken").asText()).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void anotherEmployeeCannotSignSomebodyOut() {
        Employee victim = AuthMother.activeEmployee(jdbc);
        Employee other = AuthMother.activeEmployee(jdbc);
        String victimsRefresh = http.postForObject("/auth/login", login(victim), JsonNode.class).get("refreshToken").asText();
        String othersBearer = TestSignIn.bearer(http, other.login(), other.password());

        http.exchange("/auth/logout", HttpMethod.POST,
                new HttpEntity<>(Map.of("refreshToken", victimsRefresh), TestSignIn.headers(othersBearer)), JsonNode.class);

        assertThat(refresh(victimsRefresh).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void withoutATokenAProtectedEndpointIsA401Problem() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Request-Id", "no-token-1");
        ResponseEntity<JsonNode> response = http.exchange("/auth/tokens", HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");
        assertThat(response.getBody().get("status").asInt()).isEqualTo(401);
        assertThat(response.getBody().get("requestId").asText()).isEqualTo("no-token-1");
    }

    @Test
    void badExpiredForeignAndOtherIssuersTokensAreA401() {
        Employee employee = AuthMother.activeEmployee(jdbc);
        var key = keys.signingKey().jwk();
        String expired = AuthMother.token(key, employee.id(), ISSUER, "crm", Instant.now().minus(Duration.ofHours(1)), Duration.ofMinutes(15));
        String otherIssuer = AuthMother.token(key, employee.id(), "http://evil.example/api/org", "crm", Instant.now(), Duration.ofMinutes(15));
        String good = AuthMother.token(key, employee.id(), ISSUER, "crm", Instant.now(), Duration.ofMinutes(15));

        for (String bad : java.util.List.of("garbage", expired, otherIssuer, TestTokens.foreignToken(employee.id()))) {
            ResponseEntity<JsonNode> response = get("/auth/tokens", "Bearer " + bad);
            assertThat(response.getStatusCode()).as(bad).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer error=\"invalid_token\"");
        }
        assertThat(get("/auth/tokens", "Bearer " + good).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aReadOnlyTokenMayReadButNotWrite() {
        Employee employee = AuthMother.activeEmployee(jdbc);
        String readOnly = "Bearer " + AuthMother.token(keys.signingKey().jwk(), employee.id(), ISSUER, "crm:read", Instant.now(), Duration.ofMinutes(5));

        assertThat(get("/auth/tokens", readOnly).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> write = http.exchange("/auth/tokens", HttpMethod.POST,
                new HttpEntity<>(Map.of("name", "x", "scope", "read"), TestSignIn.headers(readOnly)), JsonNode.class);
        assertThat(write.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(write.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void theTestTokensOfPlatformTestAreAcceptedInTests() {
        assertThat(get("/auth/tokens", TestTokens.bearer("someone")).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void anExpiredTokenDoesNotStopASignInOrARefresh() {
        Employee employee = AuthMother.activeEmployee(jdbc);
        HttpHeaders stale = TestSignIn.headers("Bearer expired.garbage.token");

        ResponseEntity<JsonNode> signIn = http.exchange("/auth/login", HttpMethod.POST, new HttpEntity<>(login(employee), stale), JsonNode.class);
        assertThat(signIn.getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> refreshed = http.exchange("/auth/refresh", HttpMethod.POST,
                new HttpEntity<>(Map.of("refreshToken", signIn.getBody().get("refreshToken").asText()), stale), JsonNode.class);
        assertThat(refreshed.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void healthApiDocsAndJwksArePublic() {
        assertThat(http.getForEntity("/actuator/health", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/v3/api-docs", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/.well-known/jwks.json", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode doc = http.getForObject("/v3/api-docs", JsonNode.class);
        assertThat(doc.get("paths").has("/auth/login")).isTrue();
        assertThat(doc.get("paths").has("/auth/tokens")).isTrue();
    }

    @Test
    void theInitialAdministratorSignsInWithTheTestHelper() {
        AuthMother.ensureAdministrator(jdbc);
        String bearer = TestSignIn.adminBearer(http);
        assertThat(claims(bearer.substring("Bearer ".length())).getSubject()).isEqualTo("admin");

        TestRestTemplate admin = TestSignIn.asAdmin(http);
        assertThat(admin.getForEntity("/auth/tokens", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/auth/tokens", JsonNode.class).getStatusCode())
                .as("the original template is unchanged").isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private ResponseEntity<JsonNode> refresh(String refreshToken) {
        return http.postForEntity("/auth/refresh", Map.of("refreshToken", refreshToken), JsonNode.class);
    }

    private ResponseEntity<JsonNode> get(String path, String bearer) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.AUTHORIZATION, bearer);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }
}
