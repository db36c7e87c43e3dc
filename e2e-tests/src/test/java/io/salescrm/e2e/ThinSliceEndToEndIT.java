package io.salescrm.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.pipeline.api.PipelineTopic;
import io.salescrm.pipeline.api.deal.DealCreatedEvent;
import io.salescrm.pipeline.api.pipeline.DefaultPipeline;
import io.salescrm.platform.test.KafkaEventWriter;
import io.salescrm.platform.test.KafkaRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole system as a developer starts it ({@code ./crm start}: the infrastructure process, five services and
 * the gateway), driven through the gateway as the signed-in administrator: a deal created in pipeline reaches analytics over Kafka, a
 * redelivered event changes no figure, bad input is a problem, and a stop/start keeps everything.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ThinSliceEndToEndIT {

    private static final List<String> CONTEXTS = List.of("catalog", "org", "pipeline", "billing", "analytics");

    private static CrmLauncher crm;
    /** Everything here is done as the initial administrator, who may see and do everything. */
    private static GatewayClient admin;

    private static String dealId;
    private static JsonNode summaryAfterSlice;

    @BeforeAll
    static void startEverything() throws IOException {
        Path home = Path.of(System.getProperty("crm.e2e.home", "target/crm-home"));
        deleteRecursively(home);
        crm = new CrmLauncher(Path.of(System.getProperty("crm.repo", "..")).toAbsolutePath().normalize(), home);
        crm.run("start", 300);
        admin = GatewayClient.anonymous(crm.gatewayUrl()).signIn("admin", "admin");
    }

    @AfterAll
    static void stopEverything() {
        if (crm != null) {
            crm.run("stop", 180);
        }
    }

    @Test
    @Order(1)
    void everyServiceIsHealthyThroughTheGateway() throws Exception {
        assertThat(get("/actuator/health").body().get("status").asText()).isEqualTo("UP");
        for (String context : CONTEXTS) {
            GatewayClient.Response health = get("/api/" + context + "/actuator/health");
            assertThat(health.status()).as(context).isEqualTo(200);
            assertThat(health.body().get("status").asText()).as(context).isEqualTo("UP");
            assertThat(health.body().at("/components/kafka/status").asText()).as(context).isEqualTo("UP");
        }
    }

    @Test
    @Order(2)
    void everyServicesApiDocumentIsServedThroughTheGateway() throws Exception {
        for (String context : CONTEXTS) {
            GatewayClient.Response doc = get("/api/" + context + "/v3/api-docs");
            assertThat(doc.status()).as(context).isEqualTo(200);
            assertThat(doc.body().get("openapi").asText()).as(context).startsWith("3.");
        }
        assertThat(get("/api/pipeline/v3/api-docs").body().get("paths").has("/deals")).isTrue();
    }

    @Test
    @Order(3)
    void aDealCreatedThroughTheGatewayIsCountedByAnalytics() throws Exception {
        GatewayClient.Response before = get("/api/analytics/deals/summary");
        assertThat(before.status()).isEqualTo(200);

        GatewayClient.Response created = post("/api/pipeline/deals", "{\"title\":\"First deal\",\"amount\":\"1500.00\",\"currency\":\"RUB\"}");
        assertThat(created.status()).isEqualTo(201);
        dealId = created.body().get("id").asText();
        assertThat(dealId).isNotBlank();
        assertThat(created.requestId()).as("request id assigned by the gateway").isNotBlank();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode summary = get("/api/analytics/deals/summary").body();
            assertThat(summary.get("dealCount").asLong()).isEqualTo(before.body().get("dealCount").asLong() + 1);
            assertThat(new BigDecimal(summary.get("totalAmount").asText()))
                    .isEqualByComparingTo(new BigDecimal(before.body().get("totalAmount").asText()).add(new BigDecimal("1500.00")));
            assertThat(summary.get("totalAmount").isTextual()).isTrue();
        });
        summaryAfterSlice = get("/api/analytics/deals/summary").body();
    }

    @Test
    @Order(4)
    void aRedeliveredDealEventDoesNotChangeTheFigures() throws Exception {
        ConsumerRecord<String, byte[]> published =
                KafkaRecords.awaitKey(crm.kafkaBootstrapServers(), PipelineTopic.NAME, dealId, Duration.ofSeconds(20));
        try (KafkaEventWriter kafka = new KafkaEventWriter(crm.kafkaBootstrapServers())) {
            kafka.sendTo(published.partition(), new ProducerRecord<>(published.topic(), published.partition(),
                    published.key(), published.value(), published.headers()));
            // A marker behind the duplicate in the same partition: once analytics counts it, it has seen the duplicate.
            String marker = UUID.randomUUID().toString();
            kafka.sendTo(published.partition(), kafka.record(PipelineTopic.NAME, "Deal", marker, 0,
                    new DealCreatedEvent(marker, "Marker", new BigDecimal("1.00"), "RUB", "RUB", BigDecimal.ONE,
                            new BigDecimal("1.00"), Instant.now(), "admin", false, DefaultPipeline.ID, DefaultPipeline.FIRST_STAGE, DefaultPipeline.FIRST_STAGE_PROBABILITY, null, null, null, null, null, null, null, null, null)));
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode summary = get("/api/analytics/deals/summary").body();
            assertThat(summary.get("dealCount").asLong()).isEqualTo(summaryAfterSlice.get("dealCount").asLong() + 1);
            assertThat(new BigDecimal(summary.get("totalAmount").asText()))
                    .isEqualByComparingTo(new BigDecimal(summaryAfterSlice.get("totalAmount").asText()).add(BigDecimal.ONE));
        });
        summaryAfterSlice = get("/api/analytics/deals/summary").body();
    }

    @Test
    @Order(5)
    void invalidInputIsAProblemNamingTheFieldAndStoresNothing() throws Exception {
        for (String[] invalid : List.of(
                new String[]{"{\"amount\":\"10.00\",\"currency\":\"RUB\"}", "title"},
                new String[]{"{\"title\":\"X\",\"amount\":\"-1\",\"currency\":\"RUB\"}", "amount"},
                new String[]{"{\"title\":\"X\",\"amount\":\"ten\",\"currency\":\"RUB\"}", "amount"},
                new String[]{"{\"title\":\"X\",\"amount\":\"10.00\",\"currency\":\"XXY\"}", "currency"},
                new String[]{"{\"title\":\"" + "x".repeat(300) + "\",\"amount\":\"1\",\"currency\":\"RUB\"}", "title"})) {
            GatewayClient.Response response = post("/api/pipeline/deals", invalid[0]);
            assertThat(response.status()).as(invalid[0]).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.body().get("errors").get(0).get("field").asText()).isEqualTo(invalid[1]);
        }
        GatewayClient.Response malformed = post("/api/pipeline/deals", "{\"title\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");

        Thread.sleep(1500); // give a wrongly stored deal time to show up in analytics
        assertThat(get("/api/analytics/deals/summary").body()).isEqualTo(summaryAfterSlice);
    }

    @Test
    @Order(6)
    void stoppingAndStartingAgainKeepsAllData() throws Exception {
        crm.run("stop", 180);
        crm.run("start", 300);
        // the signing keys survive the restart too, so the token from before still works

        GatewayClient.Response deal = get("/api/pipeline/deals/" + dealId);
        assertThat(deal.status()).isEqualTo(200);
        assertThat(deal.body().get("title").asText()).isEqualTo("First deal");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(get("/api/analytics/deals/summary").body()).isEqualTo(summaryAfterSlice));
    }

    private static GatewayClient.Response get(String path) {
        return admin.get(path);
    }

    private static GatewayClient.Response post(String path, String body) {
        return admin.post(path, body);
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
