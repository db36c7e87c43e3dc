package io.salescrm.pipeline.conversion;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.platform.test.TestTokens;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The conversion endpoints and their neighbours as one employee calls them through real HTTP. */
public record ConversionClient(TestRestTemplate http) {

    private static final Duration FEW_SECONDS = Duration.ofSeconds(15);

    public static ConversionClient as(TestRestTemplate anonymous, String employeeId) {
        return new ConversionClient(TestTokens.as(anonymous, TestTokens.bearer(employeeId)));
    }

    /** Registers a lead (forcing past likely duplicates) and answers its id. */
    public String lead(Map<String, Object> body) {
        ResponseEntity<JsonNode> created = post("/leads?force=true", body);
        assertThat(created.getStatusCode()).as("creating a lead: %s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("id").asText();
    }

    public ResponseEntity<JsonNode> convert(String leadId, Object body) {
        return post("/leads/" + leadId + "/convert", body);
    }

    /** Converts and expects success: the result with the ids of what the lead became. */
    public JsonNode converted(String leadId, Object body) {
        ResponseEntity<JsonNode> response = convert(leadId, body);
        assertThat(response.getStatusCode()).as("converting: %s", response.getBody()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    public ResponseEntity<JsonNode> post(String path, Object body) {
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body), JsonNode.class);
    }

    public ResponseEntity<JsonNode> post(String path, Object body, String idempotencyKey) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Idempotency-Key", idempotencyKey);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }

    public ResponseEntity<JsonNode> get(String path) {
        return http.getForEntity(path, JsonNode.class);
    }

    /** The lead once the read model shows it converted (its lineage is applied before its status). */
    public JsonNode awaitConverted(String leadId) {
        return await().atMost(FEW_SECONDS).until(() -> get("/leads/" + leadId),
                r -> r.getStatusCode() == HttpStatus.OK && "CONVERTED".equals(r.getBody().path("status").asText())).getBody();
    }

    /** The resource once the read model shows it (and, when given, once {@code field} is filled). */
    public JsonNode awaitShown(String path, String field) {
        return await().atMost(FEW_SECONDS).until(() -> get(path),
                r -> r.getStatusCode() == HttpStatus.OK && (field == null || !r.getBody().path(field).isMissingNode()
                        && !r.getBody().path(field).isNull())).getBody();
    }
}
