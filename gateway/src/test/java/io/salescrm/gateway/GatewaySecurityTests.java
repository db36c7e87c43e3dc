package io.salescrm.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import io.salescrm.gateway.RecordingBackend.Received;

/** Access tokens at the gateway: who gets through, what the services receive, and the problems of the rest. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false) // /actuator/prometheus as in production
class GatewaySecurityTests {

    static final RecordingBackend backend = new RecordingBackend();
    static volatile String jwks = TestJwt.jwks(TestJwt.KEY);

    static {
        backend.serveJwks(() -> jwks);
    }

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        for (String service : new String[] { "CATALOG_URL", "ORG_URL", "PIPELINE_URL", "BILLING_URL", "ANALYTICS_URL" }) {
            registry.add(service, backend::url);
        }
        registry.add("crm.security.jwks-cache-ttl", () -> "2s");
    }

    @AfterAll
    static void stopBackend() {
        backend.close();
    }

    @Autowired
    WebTestClient client;

    @BeforeEach
    void reset() {
        backend.clear();
    }

    @Test
    void withoutATokenAnApiRouteIsA401ProblemAndNothingIsForwarded() {
        Map<String, Object> problem = client.get().uri("/api/pipeline/deals")
            .header("X-Request-Id", "no-token-1")
            .exchange()
            .expectStatus().isUnauthorized()
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
            .expectHeader().valueEquals("X-Request-Id", "no-token-1")
            .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { })
            .returnResult().getResponseBody();

        assertThat(problem).containsEntry("status", 401).containsEntry("title", "Unauthorized")
            .containsEntry("requestId", "no-token-1").containsEntry("instance", "/api/pipeline/deals");
        assertThat(backend.noRequestReceived()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "garbage", "expired", "foreign", "other-issuer", "no-subject" })
    void aBadTokenIsA401ProblemWithAnInvalidTokenChallenge(String kind) {
        String token = switch (kind) {
            case "garbage" -> "not.a.jwt";
            case "expired" -> TestJwt.token(TestJwt.KEY, "u1", "crm", TestJwt.ISSUER, Instant.now().minus(Duration.ofHours(1)), Duration.ofMinutes(15));
            case "foreign" -> TestJwt.token(TestJwt.FOREIGN_KEY, "u1", "crm", TestJwt.ISSUER, Instant.now(), Duration.ofMinutes(15));
            case "other-issuer" -> TestJwt.token(TestJwt.KEY, "u1", "crm", "http://evil.example/api/org", Instant.now(), Duration.ofMinutes(15));
            default -> TestJwt.token(TestJwt.KEY, null, "crm", TestJwt.ISSUER, Instant.now(), Duration.ofMinutes(15));
        };

        Map<String, Object> problem = client.post().uri("/api/pipeline/deals")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
            .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
            .exchange()
            .expectStatus().isUnauthorized()
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, value -> assertThat(value).startsWith("Bearer error=\"invalid_token\""))
            .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { })
            .returnResult().getResponseBody();

        assertThat(problem).containsEntry("status", 401).containsKey("requestId");
        assertThat(problem.toString()).doesNotContain("Exception");
        assertThat(backend.noRequestReceived()).isTrue();
    }

    @Test
    void aGoodTokenIsForwardedUnchanged() throws Exception {
        String bearer = TestJwt.bearer("manager-1");

        client.post().uri("/api/pipeline/deals")
            .header(HttpHeaders.AUTHORIZATION, bearer)
            .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"title\":\"x\"}")
            .exchange()
            .expectStatus().isOk()
            .expectBody().returnResult();

        Received received = backend.next();
        assertThat(received.path()).isEqualTo("/deals");
        assertThat(received.header("Authorization")).isEqualTo(bearer);
    }

    @Test
    void aReadOnlyTokenMayReadButNotWrite() throws Exception {
        String readOnly = "Bearer " + TestJwt.token(TestJwt.KEY, "bi-tool", "crm:read", TestJwt.ISSUER, Instant.now(), Duration.ofMinutes(5));

        client.get().uri("/api/analytics/deals/summary").header(HttpHeaders.AUTHORIZATION, readOnly)
            .exchange().expectStatus().isOk().expectBody().returnResult();
        assertThat(backend.next().path()).isEqualTo("/deals/summary");

        client.post().uri("/api/pipeline/deals").header(HttpHeaders.AUTHORIZATION, readOnly)
            .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
            .exchange()
            .expectStatus().isForbidden()
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody().jsonPath("$.requestId").exists();
        assertThat(backend.noRequestReceived()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/org/auth/login", "/api/org/auth/refresh", "/api/org/auth/token-exchange" })
    void signInPathsNeedNoTokenAndIgnoreAStaleOne(String path) throws Exception {
        client.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue("{\"username\":\"u\"}")
            .header(HttpHeaders.AUTHORIZATION, "Bearer expired.or.garbage")
            .exchange()
            .expectStatus().value(status -> assertThat(status).isIn(200, 401));
        if (!path.endsWith("token-exchange")) {
            assertThat(backend.next().path()).isEqualTo(path.substring("/api/org".length()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/org/.well-known/jwks.json", "/api/catalog/v3/api-docs", "/api/pipeline/actuator/health",
            "/api/billing/actuator/health/readiness", "/actuator/health", "/actuator/prometheus", "/v3/api-docs/swagger-config",
            "/swagger-ui.html" })
    void documentsHealthAndKeysNeedNoToken(String path) {
        client.get().uri(path).exchange()
            .expectStatus().value(status -> assertThat(status).isIn(200, 302));
    }

    @Test
    void otherActuatorEndpointsOfServicesNeedAToken() {
        client.get().uri("/api/pipeline/actuator/prometheus").exchange().expectStatus().isUnauthorized();
        assertThat(backend.noRequestReceived()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/pipeline/v3/api-docs/../../deals", "/api/org/auth/login/../../units" })
    void relativeSegmentsCannotSneakPastThePublicPaths(String path) {
        client.get().uri(path).exchange()
            .expectStatus().isBadRequest()
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody().jsonPath("$.requestId").exists();
        assertThat(backend.noRequestReceived()).isTrue();
    }

    @Test
    void aPersonalTokenIsExchangedOnEveryRequestAndTheResultForwarded() throws Exception {
        String accessToken = TestJwt.token("integration-owner");
        backend.acceptPersonalToken("crm_pat_good", () -> accessToken);

        for (int i = 0; i < 2; i++) {
            client.get().uri("/api/pipeline/deals")
                .header(HttpHeaders.AUTHORIZATION, "Bearer crm_pat_good")
                .header("X-Request-Id", "pat-" + i)
                .exchange()
                .expectStatus().isOk()
                .expectBody().returnResult();

            Received exchange = backend.nextExchange();
            assertThat(exchange.method()).isEqualTo("POST");
            assertThat(exchange.body()).contains("\"token\":\"crm_pat_good\"");
            assertThat(exchange.header("X-Request-Id")).isEqualTo("pat-" + i);
            Received forwarded = backend.next();
            assertThat(forwarded.header("Authorization")).isEqualTo("Bearer " + accessToken);
        }
    }

    @Test
    void aRevokedPersonalTokenStopsWorkingAtOnce() throws Exception {
        backend.acceptPersonalToken("crm_pat_soon_revoked", () -> TestJwt.token("owner"));
        client.get().uri("/api/pipeline/deals").header(HttpHeaders.AUTHORIZATION, "Bearer crm_pat_soon_revoked")
            .exchange().expectStatus().isOk().expectBody().returnResult();
        backend.next();

        backend.revokePersonalToken("crm_pat_soon_revoked");

        Map<String, Object> problem = client.get().uri("/api/pipeline/deals")
            .header(HttpHeaders.AUTHORIZATION, "Bearer crm_pat_soon_revoked")
            .exchange()
            .expectStatus().isUnauthorized()
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, value -> assertThat(value).startsWith("Bearer error=\"invalid_token\""))
            .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { })
            .returnResult().getResponseBody();
        assertThat(problem).containsEntry("status", 401).containsKey("requestId");
        assertThat(backend.noRequestReceived()).isTrue();
    }

    @Test
    void aRotatedKeyIsPickedUpAndARetiredKeyStopsWorking() {
        String before = TestJwt.bearer("u1");
        client.get().uri("/api/pipeline/deals").header(HttpHeaders.AUTHORIZATION, before).exchange().expectStatus().isOk()
            .expectBody().returnResult();

        // rotation: the new key is published beside the old one
        jwks = TestJwt.jwks(TestJwt.NEXT_KEY, TestJwt.KEY);
        String after = "Bearer " + TestJwt.token(TestJwt.NEXT_KEY, "u1", "crm", TestJwt.ISSUER, Instant.now(), Duration.ofMinutes(15));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> client.get().uri("/api/pipeline/deals")
            .header(HttpHeaders.AUTHORIZATION, after).exchange().expectStatus().isOk().expectBody().returnResult());
        client.get().uri("/api/pipeline/deals").header(HttpHeaders.AUTHORIZATION, before).exchange().expectStatus().isOk()
            .expectBody().returnResult();

        // retirement: the old key leaves the JWKS; the gateway forgets it within crm.security.jwks-cache-ttl (2 s here)
        jwks = TestJwt.jwks(TestJwt.NEXT_KEY);
        await().atMost(Duration.ofSeconds(6)).untilAsserted(() -> client.get().uri("/api/pipeline/deals")
            .header(HttpHeaders.AUTHORIZATION, before).exchange().expectStatus().isUnauthorized().expectBody().returnResult());
        client.get().uri("/api/pipeline/deals").header(HttpHeaders.AUTHORIZATION, after).exchange().expectStatus().isOk()
            .expectBody().returnResult();

        // back to the key the other tests sign with
        jwks = TestJwt.jwks(TestJwt.KEY);
        await().atMost(Duration.ofSeconds(6)).untilAsserted(() -> client.get().uri("/api/pipeline/deals")
            .header(HttpHeaders.AUTHORIZATION, before).exchange().expectStatus().isOk().expectBody().returnResult());
        backend.clear();
    }

    @Test
    void tokensWithMadeUpKeyIdsDoNotFloodTheSignInService() {
        client.get().uri("/api/pipeline/deals").header(HttpHeaders.AUTHORIZATION, TestJwt.bearer("warm-up")).exchange()
            .expectStatus().isOk().expectBody().returnResult();
        int before = backend.jwksRequests();
        for (int i = 0; i < 20; i++) {
            client.get().uri("/api/pipeline/deals")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestJwt.token(TestJwt.FOREIGN_KEY, "x", "crm", TestJwt.ISSUER, Instant.now(), Duration.ofMinutes(5)))
                .exchange().expectStatus().isUnauthorized().expectBody().returnResult();
        }
        assertThat(backend.jwksRequests() - before).isLessThanOrEqualTo(3);
    }

    @Test
    void aBrowserCanReadA401() {
        client.get().uri("/api/pipeline/deals")
            .header(HttpHeaders.ORIGIN, "http://localhost:8080")
            .exchange()
            .expectStatus().isUnauthorized()
            .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:8080")
            .expectBody().returnResult();
    }
}
