package io.salescrm.pipeline.deal.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.salescrm.pipeline.api.PipelineTopic;
import io.salescrm.platform.test.EmbeddedInfrastructure;
import io.salescrm.platform.test.KafkaRecords;
import io.salescrm.platform.test.SalesTeam;
import io.salescrm.platform.test.ServiceIntegrationTest;
import io.salescrm.platform.test.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.salescrm.pipeline.deal.DealMother.requestBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The deal API as an employee allowed everything (the Head of sales) uses it; access rules are in DealAccessApiTest. */
@ServiceIntegrationTest
class DealApiTest {

    @Autowired
    TestRestTemplate anonymous;
    TestRestTemplate http;
    SalesTeam team;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void signIn() {
        team = SalesTeam.shared();
        SalesTeam.awaitReadable(anonymous, "/deals", team.headOfSales());
        http = TestTokens.as(anonymous, TestTokens.bearer(team.headOfSales()));
    }

    @Test
    void aCreatedDealIsStoredAsAnEventPublishedToKafkaAndReadable() throws Exception {
        ResponseEntity<JsonNode> created = post(requestBody("First deal", "1500.00", "RUB"));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = created.getBody().get("id").asText();
        assertThat(created.getHeaders().getLocation()).hasPath("/deals/" + id);
        assertThat(created.getHeaders().getFirst("X-Request-Id")).isNotBlank();

        var stored = eventStore.readEvents(id).asStream().toList();
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).getPayloadType().getSimpleName()).isEqualTo("DealCreatedEvent");
        assertThat(stored.get(0).getMetaData()).containsEntry("requestId", created.getHeaders().getFirst("X-Request-Id"));

        ConsumerRecord<String, byte[]> record = KafkaRecords.awaitKey(
                EmbeddedInfrastructure.kafkaBootstrapServers(), PipelineTopic.NAME, id, Duration.ofSeconds(20));
        JsonNode payload = json.readTree(record.value());
        assertThat(payload.get("title").asText()).isEqualTo("First deal");
        assertThat(payload.get("amount").asText()).isEqualTo("1500.00");
        assertThat(payload.get("responsibleId").asText()).isEqualTo(team.headOfSales());
        assertThat(payload.get("open").asBoolean()).isFalse();
        assertThat(new String(record.headers().lastHeader("axon-message-type").value(), StandardCharsets.UTF_8))
                .isEqualTo("io.salescrm.pipeline.api.deal.DealCreatedEvent");
        assertThat(new String(record.headers().lastHeader("axon-message-revision").value(), StandardCharsets.UTF_8))
                .isEqualTo("3");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            ResponseEntity<JsonNode> view = http.getForEntity("/deals/" + id, JsonNode.class);
            assertThat(view.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(view.getBody().get("amount").asText()).isEqualTo("1500.00");
            assertThat(view.getBody().get("currency").asText()).isEqualTo("RUB");
            assertThat(view.getBody().get("responsibleId").asText()).isEqualTo(team.headOfSales());
        });
    }

    @Test
    void theCallersRequestIdIsKept() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Request-Id", "test-req-42");
        ResponseEntity<JsonNode> created = http.postForEntity("/deals",
                new HttpEntity<>(requestBody("Traced", "1.00", "RUB"), headers), JsonNode.class);
        assertThat(created.getHeaders().getFirst("X-Request-Id")).isEqualTo("test-req-42");
        String id = created.getBody().get("id").asText();
        assertThat(eventStore.readEvents(id).next().getMetaData()).containsEntry("requestId", "test-req-42");
    }

    @Test
    void aRepeatedIdempotencyKeyReturnsTheFirstDealAndCreatesNothing() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", "retry-" + UUID.randomUUID());
        var request = new HttpEntity<>(requestBody("Retried", "7.00", "RUB"), headers);

        ResponseEntity<JsonNode> first = http.postForEntity("/deals", request, JsonNode.class);
        long afterFirst = storedEvents();
        ResponseEntity<JsonNode> second = http.postForEntity("/deals", request, JsonNode.class);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(second.getBody().get("id")).isEqualTo(first.getBody().get("id"));
        assertThat(second.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(storedEvents()).isEqualTo(afterFirst);

        var different = new HttpEntity<>(requestBody("Something else", "8.00", "RUB"), headers);
        ResponseEntity<JsonNode> reused = http.postForEntity("/deals", different, JsonNode.class);
        assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(reused.getBody().get("rule").asText()).isEqualTo("idempotency-key-reused");
        assertThat(storedEvents()).isEqualTo(afterFirst);
    }

    @Test
    void aRefusedCreationDoesNotConsumeItsIdempotencyKey() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", "refused-" + UUID.randomUUID());
        ResponseEntity<JsonNode> refused = http.postForEntity("/deals",
                new HttpEntity<>(requestBody("Deal", "-1.00", "RUB"), headers), JsonNode.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<JsonNode> accepted = http.postForEntity("/deals",
                new HttpEntity<>(requestBody("Deal", "1.00", "RUB"), headers), JsonNode.class);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void aMissingTitleIsA400NamingTheField() {
        assertInvalid(requestBody(null, "10.00", "RUB"), "title");
    }

    @Test
    void aNegativeAmountIsA400NamingTheField() {
        assertInvalid(requestBody("Deal", "-5.00", "RUB"), "amount");
    }

    @Test
    void aNonNumericAmountIsA400NamingTheField() {
        assertInvalid(requestBody("Deal", "a lot", "RUB"), "amount");
    }

    @Test
    void anUnknownCurrencyIsA400NamingTheField() {
        assertInvalid(requestBody("Deal", "10.00", "XYZ"), "currency");
        assertInvalid(requestBody("Deal", "10.00", "rub"), "currency");
    }

    @Test
    void everyInvalidFieldIsNamedAtOnce() {
        ResponseEntity<JsonNode> response = post(requestBody(" ", "-3", "ZZZ"));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        List<String> fields = new ArrayList<>();
        response.getBody().get("errors").forEach(error -> fields.add(error.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("title", "amount", "currency");
    }

    @Test
    void aCurrencyWithoutARateIsA400NamingTheField() {
        assertInvalid(requestBody("Deal", "10.00", "JPY"), "currency");
    }

    @Test
    void anOversizedTitleIsA400NamingTheField() {
        assertInvalid(requestBody("x".repeat(201), "10.00", "RUB"), "title");
    }

    @Test
    void malformedJsonIsA400Problem() {
        long before = storedEvents();
        ResponseEntity<JsonNode> response = postRaw("{\"title\": \"Deal\", \"amount\": ");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("title").asText()).isEqualTo("Malformed request body");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aBodyLargerThanTheLimitIsA413Problem() {
        long before = storedEvents();
        ResponseEntity<JsonNode> response = postRaw("{\"title\": \"" + "x".repeat(1_100_000) + "\"}");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void anUnknownDealIsA404Problem() {
        ResponseEntity<JsonNode> response = http.getForEntity("/deals/" + UUID.randomUUID(), JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void listsArePaginatedWithAHardMaximum() {
        post(requestBody("Listed", "3.00", "RUB"));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonNode page = http.getForObject("/deals?size=1", JsonNode.class);
            assertThat(page.get("items")).hasSize(1);
            assertThat(page.get("totalItems").asLong()).isGreaterThanOrEqualTo(1);
        });
        ResponseEntity<JsonNode> tooBig = http.getForEntity("/deals?size=101", JsonNode.class);
        assertThat(tooBig.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooBig.getBody().get("errors").get(0).get("field").asText()).isEqualTo("size");
    }

    @Test
    void theOpenApiDocumentDescribesTheDealsEndpoint() {
        JsonNode doc = http.getForObject("/v3/api-docs", JsonNode.class);
        assertThat(doc.get("paths").has("/deals")).isTrue();
        assertThat(doc.get("info").get("title").asText()).isEqualTo("pipeline API");
    }

    @Test
    void healthAndPrometheusMetricsAreServed() {
        JsonNode health = http.getForObject("/actuator/health", JsonNode.class);
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.get("components").get("kafka").get("status").asText()).isEqualTo("UP");
        assertThat(health.get("components").get("mongo").get("status").asText()).isEqualTo("UP");
        String metrics = http.getForObject("/actuator/prometheus", String.class);
        assertThat(metrics).contains("http_server_requests_seconds").contains("service=\"pipeline\"");
    }

    private void assertInvalid(Map<String, Object> body, String field) {
        long before = storedEvents();
        ResponseEntity<JsonNode> response = post(body);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        List<String> fields = new ArrayList<>();
        response.getBody().get("errors").forEach(error -> fields.add(error.get("field").asText()));
        assertThat(fields).containsExactly(field);
        assertThat(storedEvents()).isEqualTo(before);
    }

    private long storedEvents() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);
    }

    private ResponseEntity<JsonNode> post(Map<String, Object> body) {
        return http.postForEntity("/deals", body, JsonNode.class);
    }

    private ResponseEntity<JsonNode> postRaw(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity("/deals", new HttpEntity<>(body, headers), JsonNode.class);
    }
}
