package io.salescrm.platform.test;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What every service must offer from its first day: health that covers its event store, Kafka topics and read
 * model store; an OpenAPI document; Prometheus metrics; and events from the topics it consumes actually arriving.
 * Each service's test extends this and is annotated {@link ServiceIntegrationTest}.
 */
public abstract class ServiceWiringContract {

    /** An event type no service defines, to prove delivery without depending on any service's events. */
    public record WiringProbeEvent(String probeId) {
    }

    @Autowired
    protected TestRestTemplate http;

    /** The value of {@code spring.application.name}. */
    protected abstract String serviceName();

    /** One of the topics this service consumes. */
    protected abstract String consumedTopic();

    /**
     * An API path (GET) of this service that needs an access token, for services that check tokens (those using
     * platform-access); null skips the sign-in checks. Health, metrics and the OpenAPI document stay public.
     */
    protected String protectedPath() {
        return null;
    }

    @Test
    void apiRequestsNeedAValidAccessTokenButHealthAndApiDocsDoNot() {
        Assumptions.assumeTrue(protectedPath() != null, "this service does not check access tokens (yet)");
        ResponseEntity<JsonNode> anonymous = http.getForEntity(protectedPath(), JsonNode.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        assertThat(anonymous.getBody().get("status").asInt()).isEqualTo(401);
        assertThat(anonymous.getBody().get("requestId").asText()).isEqualTo(anonymous.getHeaders().getFirst("X-Request-Id"));

        ResponseEntity<JsonNode> forged = TestTokens.as(http, "Bearer " + TestTokens.foreignToken("wiring-probe"))
                .getForEntity(protectedPath(), JsonNode.class);
        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        ResponseEntity<String> signedIn = TestTokens.as(http, TestTokens.bearer("wiring-probe")).getForEntity(protectedPath(), String.class);
        assertThat(signedIn.getStatusCode()).isNotEqualTo(HttpStatus.UNAUTHORIZED);

        assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/v3/api-docs", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void healthCoversTheEventStoreKafkaAndTheReadModelStore() {
        JsonNode health = http.getForObject("/actuator/health", JsonNode.class);
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/kafka/status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/mongo/status").asText()).isEqualTo("UP");
    }

    @Test
    void servesItsOpenApiDocument() {
        JsonNode doc = http.getForObject("/v3/api-docs", JsonNode.class);
        assertThat(doc.at("/info/title").asText()).isEqualTo(serviceName() + " API");
        assertThat(doc.get("openapi").asText()).startsWith("3.");
    }

    @Test
    void receivesEventsFromTheTopicsItConsumes() {
        try (KafkaEventWriter kafka = new KafkaEventWriter(EmbeddedInfrastructure.kafkaBootstrapServers())) {
            String id = UUID.randomUUID().toString();
            kafka.send(kafka.record(consumedTopic(), "Probe", id, 0, new WiringProbeEvent(id)));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String metrics = http.getForObject("/actuator/prometheus", String.class);
            assertThat(metrics).containsPattern(
                    "crm_events_consumed_total\\{[^}]*service=\"" + serviceName() + "\"[^}]*type=\"ServiceWiringContract\\$WiringProbeEvent\"");
        });
    }
}
