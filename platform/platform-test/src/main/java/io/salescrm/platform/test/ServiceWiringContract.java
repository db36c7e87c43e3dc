package io.salescrm.platform.test;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

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
