package io.salescrm.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import io.salescrm.gateway.RecordingBackend.Received;
import io.salescrm.gateway.requestid.RequestIds;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false) // tests switch metrics export (/actuator/prometheus) off otherwise
@ExtendWith(OutputCaptureExtension.class)
class GatewayApplicationTests {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    /** Backs catalog, org, pipeline and analytics; billing points at a closed port. */
    static final RecordingBackend backend = new RecordingBackend();

    static {
        backend.serveJwks(() -> TestJwt.jwks(TestJwt.KEY));
    }

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("CATALOG_URL", backend::url);
        registry.add("ORG_URL", backend::url);
        registry.add("PIPELINE_URL", backend::url);
        registry.add("ANALYTICS_URL", backend::url);
        registry.add("BILLING_URL", () -> "http://127.0.0.1:" + RecordingBackend.closedPort());
        registry.add("crm.gateway.response-timeout-ms", () -> "1000");
        registry.add("crm.gateway.analytics-response-timeout-ms", () -> "5000");
    }

    @AfterAll
    static void stopBackend() {
        backend.close();
    }

    @Autowired
    WebTestClient client;

    @BeforeEach
    void clearBackend() {
        backend.clear();
        // Routed calls need an access token (see GatewaySecurityTests); these tests are about everything else.
        client = client.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, TestJwt.bearer("test-user")).build();
    }

    @Test
    void routesToServiceWithPrefixStrippedAndForwardingHeaders() throws Exception {
        EntityExchangeResult<String> result = client.get().uri("/api/pipeline/deals?size=5")
            .exchange()
            .expectStatus().isOk()
            .expectBody(String.class).isEqualTo("{\"backendPath\":\"/deals\"}")
            .returnResult();

        Received received = backend.next();
        assertThat(received.method()).isEqualTo("GET");
        assertThat(received.path()).isEqualTo("/deals");
        assertThat(received.query()).isEqualTo("size=5");
        String responseId = result.getResponseHeaders().getFirst("X-Request-Id");
        assertThat(responseId).matches(UUID_PATTERN);
        assertThat(received.header("X-Request-Id")).isEqualTo(responseId);
        assertThat(received.header("X-Forwarded-Prefix")).isEqualTo("/api/pipeline");
        assertThat(received.header("X-Forwarded-Proto")).isEqualTo("http");
        assertThat(received.header("X-Forwarded-Host")).startsWith("localhost:");
        assertThat(received.header("X-Forwarded-Port")).isEqualTo(received.header("X-Forwarded-Host").split(":")[1]);
        assertThat(received.header("X-Forwarded-For")).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    }

    @ParameterizedTest
    @ValueSource(strings = { "catalog", "org", "pipeline", "analytics" })
    void apiDocsOfEachServiceAreReachableUnderItsContext(String context) throws Exception {
        client.get().uri("/api/" + context + "/v3/api-docs").exchange().expectStatus().isOk().expectBody().returnResult();

        Received received = backend.next();
        assertThat(received.path()).isEqualTo("/v3/api-docs");
        assertThat(received.header("X-Forwarded-Prefix")).isEqualTo("/api/" + context);
    }

    @Test
    void clientForwardingHeadersAreReplacedNotPassedOn() throws Exception {
        client.get().uri("/api/pipeline/deals")
            .header("X-Forwarded-Prefix", "/evil")
            .header("X-Forwarded-Host", "evil.example")
            .header("Forwarded", "host=evil.example;proto=https")
            .exchange()
            .expectStatus().isOk().expectBody().returnResult();

        Received received = backend.next();
        assertThat(received.header("X-Forwarded-Prefix")).isEqualTo("/api/pipeline");
        assertThat(received.header("X-Forwarded-Host")).doesNotContain("evil");
        assertThat(received.header("Forwarded")).isNull();
    }

    @Test
    void saneIncomingRequestIdIsKeptForwardedAndEchoed() throws Exception {
        String id = "client-42_abc.DEF";
        client.get().uri("/api/pipeline/deals")
            .header("X-Request-Id", id)
            .exchange()
            .expectStatus().isOk()
            .expectHeader().valueEquals("X-Request-Id", id)
            .expectBody().returnResult();

        assertThat(backend.next().header("X-Request-Id")).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = { "has spaces", "semi;colon", "<script>", "ümlaut", "slash/inside",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" /* 65 chars */ })
    void insaneIncomingRequestIdIsReplaced(String bad) throws Exception {
        String echoed = client.get().uri("/api/pipeline/deals")
            .header("X-Request-Id", bad)
            .exchange()
            .expectStatus().isOk()
            .expectBody().returnResult().getResponseHeaders().getFirst("X-Request-Id");

        assertThat(echoed).isNotEqualTo(bad).matches(UUID_PATTERN);
        assertThat(backend.next().header("X-Request-Id")).isEqualTo(echoed);
    }

    @Test
    void theLongestAcceptedIdIs64Characters() {
        assertThat("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").hasSize(65);
        assertThat(RequestIds.isSane("a".repeat(64))).isTrue();
        assertThat(RequestIds.isSane("a".repeat(65))).isFalse();
        assertThat(RequestIds.isSane("")).isFalse();
        assertThat(RequestIds.isSane(null)).isFalse();
    }

    @Test
    void requestIdOfExactly64SaneCharactersIsKept() {
        String id = "a".repeat(64);
        client.get().uri("/api/pipeline/deals").header("X-Request-Id", id)
            .exchange()
            .expectHeader().valueEquals("X-Request-Id", id)
            .expectBody().returnResult();
    }

    @Test
    void eachRequestIsLoggedOnceWithMethodPathStatusDurationAndId(CapturedOutput output) {
        String id = "log-line-check-1";
        client.get().uri("/api/pipeline/deals?secret=1").header("X-Request-Id", id).exchange().expectStatus().isOk().expectBody().returnResult();

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(output.getOut())
            .containsPattern("GET /api/pipeline/deals 200 \\d+ms request_id=" + id));
        assertThat(output.getOut().lines().filter(line -> line.contains("request_id=" + id)))
            .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
            .contains("io.salescrm.gateway.access")
            .doesNotContain("secret"); // no query strings in the access log
    }

    @Test
    void slowServiceYields504ProblemAfterTheRouteTimeout() {
        long start = System.nanoTime();
        Map<String, Object> problem = client.get().uri("/api/pipeline/slow?sleepMs=3000")
            .exchange()
            .expectStatus().isEqualTo(HttpStatus.GATEWAY_TIMEOUT)
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectHeader().exists("X-Request-Id")
            .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { })
            .returnResult().getResponseBody();
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(elapsedMs).isBetween(900L, 2900L);
        assertThat(problem).containsEntry("status", 504)
            .containsEntry("title", "Gateway Timeout")
            .containsEntry("detail", "pipeline service did not respond within 1000 ms")
            .containsEntry("instance", "/api/pipeline/slow")
            .containsKey("requestId");
        assertNoInternals(problem);
    }

    @Test
    void analyticsRouteHasItsOwnLongerTimeout() {
        client.get().uri("/api/analytics/reports/funnel?sleepMs=1500")
            .exchange()
            .expectStatus().isOk().expectBody().returnResult();
    }

    @Test
    void unreachableServiceYields503ProblemNamingIt() {
        Map<String, Object> problem = client.post().uri("/api/billing/invoices")
            .header("X-Request-Id", "billing-down-1")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue("{}")
            .exchange()
            .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectHeader().valueEquals("X-Request-Id", "billing-down-1")
            .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { })
            .returnResult().getResponseBody();

        assertThat(problem).containsEntry("status", 503)
            .containsEntry("title", "Service Unavailable")
            .containsEntry("detail", "billing service unavailable")
            .containsEntry("requestId", "billing-down-1");
        assertNoInternals(problem);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/nothing/here", "/nope", "/api", "/webjars/nothing.js" })
    void unknownPathYields404Problem(String path) {
        Map<String, Object> problem = client.get().uri(path)
            .exchange()
            .expectStatus().isNotFound()
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { })
            .returnResult().getResponseBody();

        assertThat(problem).containsEntry("status", 404).containsEntry("title", "Not Found")
            .containsEntry("instance", path);
        assertThat((String) problem.get("detail")).contains(path);
        assertNoInternals(problem);
    }

    @Test
    void swaggerUiIsServedFromTheJarAndListsTheFiveServiceDocuments() {
        String location = client.get().uri("/swagger-ui.html")
            .exchange()
            .expectStatus().is3xxRedirection()
            .expectBody().returnResult().getResponseHeaders().getFirst(HttpHeaders.LOCATION);
        assertThat(location).isNotNull();

        client.get().uri(location)
            .exchange()
            .expectStatus().isOk()
            .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
            .expectBody(String.class).value(html -> assertThat(html).contains("swagger-ui").doesNotContain("https://"));

        String base = location.substring(0, location.lastIndexOf('/') + 1);
        client.get().uri(base + "swagger-ui-bundle.js")
            .exchange()
            .expectStatus().isOk()
            .expectHeader().value(HttpHeaders.CONTENT_LENGTH, length -> assertThat(Long.parseLong(length))
                .isGreaterThan(500_000)) // the real bundle (~1.5 MB), from the webjar in the jar
            .expectBody(Void.class);
        client.get().uri(base + "swagger-initializer.js")
            .exchange()
            .expectStatus().isOk()
            .expectBody(String.class).value(js -> assertThat(js).contains("/v3/api-docs/swagger-config")
                .doesNotContain("petstore"));

        Map<String, Object> config = client.get().uri("/v3/api-docs/swagger-config")
            .exchange()
            .expectStatus().isOk()
            .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { })
            .returnResult().getResponseBody();
        @SuppressWarnings("unchecked")
        List<Map<String, String>> urls = (List<Map<String, String>>) config.get("urls");
        assertThat(urls).extracting(u -> u.get("url")).containsExactlyInAnyOrder("/api/catalog/v3/api-docs",
                "/api/org/v3/api-docs", "/api/pipeline/v3/api-docs", "/api/billing/v3/api-docs",
                "/api/analytics/v3/api-docs");
        assertThat(config).doesNotContainKey("url");
    }

    @Test
    void healthIsUpEvenThoughAServiceIsDown() {
        client.get().uri("/actuator/health")
            .exchange()
            .expectStatus().isOk()
            .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void prometheusServesGatewayAndHttpServerMetrics() {
        client.get().uri("/api/pipeline/deals").exchange().expectStatus().isOk().expectBody().returnResult();

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> client.get().uri("/actuator/prometheus")
            .exchange()
            .expectStatus().isOk()
            .expectBody(String.class).value(text -> assertThat(text)
                .contains("spring_cloud_gateway_requests_seconds_count{")
                .containsPattern("spring_cloud_gateway_requests_seconds_count\\{[^}]*routeId=\"pipeline\"")
                .contains("http_server_requests_seconds_count{")
                .contains("application=\"gateway\"")
                .containsPattern("spring_cloud_gateway_requests_seconds_bucket\\{[^}]*le=\"0.1\"")));
    }

    @Test
    void gatewayActuatorListsRoutesWithTimeoutsAndIsReadOnly() {
        client.get().uri("/actuator/gateway/routes")
            .exchange()
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.length()").isEqualTo(5)
            .jsonPath("$[?(@.route_id == 'analytics')].metadata.response-timeout").isEqualTo("5000")
            .jsonPath("$[?(@.route_id == 'pipeline')].metadata.connect-timeout").isEqualTo("2000");

        client.post().uri("/actuator/gateway/refresh")
            .exchange()
            .expectStatus().value(status -> assertThat(status).isIn(404, 405)).expectBody().returnResult();
    }

    @Test
    void corsPreflightAllowsTheConfiguredOriginOnly() {
        client.options().uri("/api/pipeline/deals")
            .header(HttpHeaders.ORIGIN, "http://localhost:8080")
            .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
            .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "Authorization, Idempotency-Key")
            .exchange()
            .expectStatus().isOk()
            .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:8080")
            .expectBody().returnResult();

        client.options().uri("/api/pipeline/deals")
            .header(HttpHeaders.ORIGIN, "http://evil.example")
            .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
            .exchange()
            .expectStatus().isForbidden()
            .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)
            .expectBody().returnResult();
    }

    @Test
    void corsActualResponseExposesTheRequestId() {
        client.get().uri("/api/pipeline/deals")
            .header(HttpHeaders.ORIGIN, "http://localhost:8080")
            .exchange()
            .expectStatus().isOk()
            .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:8080")
            .expectHeader().value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, v -> assertThat(v).contains("X-Request-Id"))
            .expectBody().returnResult();
    }

    /**
     * Regression guard for the Reactor Netty keep-alive stall (see server.netty.max-keep-alive-requests in
     * application.yml): with keep-alive, a run like this one stalls within a few dozen requests.
     */
    @Test
    void manyBackToBackRequestsNeverStall() {
        WebTestClient quick = client.mutate().responseTimeout(Duration.ofSeconds(2)).build();
        for (int i = 0; i < 40; i++) {
            quick.get().uri("/api/nothing").exchange().expectStatus().isNotFound().expectBody().returnResult();
            quick.get().uri("/swagger-ui/index.html").exchange().expectStatus().isOk().expectBody().returnResult();
            quick.get().uri("/v3/api-docs/swagger-config").exchange().expectStatus().isOk().expectBody().returnResult();
            quick.get().uri("/actuator/health").exchange().expectStatus().isOk().expectBody().returnResult();
        }
    }

    private static void assertNoInternals(Map<String, Object> problem) {
        assertThat(problem).doesNotContainKeys("trace", "stackTrace", "exception", "error");
        assertThat(problem.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
