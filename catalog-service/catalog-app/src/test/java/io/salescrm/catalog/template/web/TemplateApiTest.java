package io.salescrm.catalog.template.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.platform.test.SalesTeam;
import io.salescrm.platform.test.ServiceIntegrationTest;
import io.salescrm.platform.test.TestTokens;
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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.salescrm.catalog.template.TemplateMother.changeBody;
import static io.salescrm.catalog.template.TemplateMother.offerBody;
import static io.salescrm.catalog.template.TemplateMother.requestBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The template API: the Head of sales (a catalog manager in the test roles) writes, managers read and preview. */
@ServiceIntegrationTest
class TemplateApiTest {

    private static final Duration FEW_SECONDS = Duration.ofSeconds(15);

    @Autowired
    TestRestTemplate anonymous;
    SalesTeam team;

    @BeforeEach
    void signIn() {
        team = SalesTeam.shared();
        SalesTeam.awaitReadable(anonymous, "/templates", team.headOfSales(), team.managerA1());
    }

    @Test
    void aTemplateIsCreatedChangedAndEveryVersionStaysReadable() {
        String id = create(offerBody());
        ResponseEntity<JsonNode> changed = exchange(team.headOfSales(), HttpMethod.PUT, "/templates/" + id,
                changeBody(1, "Hello {{client.name}}"));
        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(changed.getBody().get("version").asLong()).isEqualTo(2);

        await().atMost(FEW_SECONDS).untilAsserted(() -> {
            JsonNode latest = get(team.managerA1(), "/templates/" + id).getBody();
            assertThat(latest.get("version").asLong()).isEqualTo(2);
            assertThat(latest.get("body").asText()).isEqualTo("Hello {{client.name}}");
        });
        JsonNode versions = get(team.managerA1(), "/templates/" + id + "/versions").getBody();
        assertThat(versions.get("totalItems").asLong()).isEqualTo(2);
        assertThat(versions.get("items").get(0).get("version").asLong()).isEqualTo(2);
        JsonNode first = get(team.managerA1(), "/templates/" + id + "/versions/1").getBody();
        assertThat(first.get("body").asText()).contains("{{#products}}");
        assertThat(first.get("savedBy").asText()).isEqualTo(team.headOfSales());
    }

    @Test
    void unknownPlaceholdersAndBadSyntaxAreA400ListingFieldAndPosition() {
        ResponseEntity<JsonNode> response = post(team.headOfSales(), "/templates",
                requestBody("LETTER", "Letter", "For {{client.nmae}}", "Text\n{{product.property.}} {{/products}}"));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode errors = response.getBody().get("errors");
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0).get("field").asText()).isEqualTo("subject");
        assertThat(errors.get(0).get("placeholder").asText()).isEqualTo("client.nmae");
        assertThat(errors.get(0).get("position").asInt()).isEqualTo(4);
        assertThat(errors.get(1).get("field").asText()).isEqualTo("body");
        assertThat(errors.get(1).get("line").asInt()).isEqualTo(2);
        assertThat(errors.get(1).get("column").asInt()).isEqualTo(1);
        assertThat(errors.get(2).get("message").asText()).contains("not open");
        assertThat(response.getBody().get("requestId").asText()).isNotBlank();
    }

    @Test
    void missingFieldsAreA400NamingThem() {
        ResponseEntity<JsonNode> response = post(team.headOfSales(), "/templates", requestBody("MEMO", " ", null, null));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        List<String> fields = new ArrayList<>();
        response.getBody().get("errors").forEach(error -> fields.add(error.get("field").asText()));
        assertThat(fields).contains("kind");
        ResponseEntity<JsonNode> noName = post(team.headOfSales(), "/templates", requestBody("OFFER", " ", null, null));
        fields.clear();
        noName.getBody().get("errors").forEach(error -> fields.add(error.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("name", "body");
    }

    @Test
    void aPreviewFillsWhatItCanAndListsWhatStayedUnfilled() {
        String id = create(offerBody());
        await().atMost(FEW_SECONDS).until(() -> get(team.managerA1(), "/templates/" + id).getStatusCode().is2xxSuccessful());
        Map<String, Object> sample = Map.of(
                "values", Map.of("client.name", "Romashka", "client.contactName", "Irina"),
                "products", List.of(Map.of("product.name", "Pump", "product.price", "1500.00 RUB"), Map.of("product.name", "Filter")));
        ResponseEntity<JsonNode> preview = post(team.managerA1(), "/templates/" + id + "/preview", sample);
        assertThat(preview.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(preview.getBody().get("version").asLong()).isEqualTo(1);
        assertThat(preview.getBody().get("subject").get("text").asText()).isEqualTo("Offer for Romashka");
        assertThat(preview.getBody().get("body").get("text").asText()).isEqualTo("Dear Irina,\n- Pump: 1500.00 RUB\n"
                + "- Filter: {{product.price}}\nValid until {{offer.validUntil}}.\n{{manager.signature}}");
        List<String> unfilled = new ArrayList<>();
        preview.getBody().get("body").get("unfilled").forEach(u -> unfilled.add(u.get("placeholder").asText()));
        assertThat(unfilled).containsExactly("product.price", "offer.validUntil", "manager.signature");
        assertThat(preview.getBody().get("body").get("unfilled").get(0).get("productRow").asInt()).isEqualTo(1);
    }

    @Test
    void tooMuchSampleDataIsA400() {
        String id = create(offerBody());
        await().atMost(FEW_SECONDS).until(() -> get(team.managerA1(), "/templates/" + id).getStatusCode().is2xxSuccessful());
        ResponseEntity<JsonNode> response = post(team.managerA1(), "/templates/" + id + "/preview",
                Map.of("values", Map.of("client.name", "x".repeat(5_001))));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aChangeFromAStaleVersionIsA409() {
        String id = create(offerBody());
        assertThat(exchange(team.headOfSales(), HttpMethod.PUT, "/templates/" + id, changeBody(1, "v2")).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> stale = exchange(team.headOfSales(), HttpMethod.PUT, "/templates/" + id, changeBody(1, "other v2"));
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(stale.getBody().get("rule").asText()).isEqualTo("stale-template-version");
    }

    @Test
    void unknownTemplatesAndVersionsAreA404() {
        assertThat(get(team.managerA1(), "/templates/" + UUID.randomUUID()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(exchange(team.headOfSales(), HttpMethod.PUT, "/templates/" + UUID.randomUUID(), changeBody(1, "x"))
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        String id = create(offerBody());
        await().atMost(FEW_SECONDS).until(() -> get(team.managerA1(), "/templates/" + id).getStatusCode().is2xxSuccessful());
        assertThat(get(team.managerA1(), "/templates/" + id + "/versions/7").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post(team.managerA1(), "/templates/" + UUID.randomUUID() + "/preview", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void onlyCatalogManagersWriteAndOnlyProductReadersRead() {
        assertThat(post(team.managerA1(), "/templates", offerBody()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post(team.groupHeadA(), "/templates", offerBody()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        String id = create(offerBody());
        assertThat(exchange(team.managerA1(), HttpMethod.PUT, "/templates/" + id, changeBody(1, "mine")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(team.analyst(), "/templates").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(anonymous.getForEntity("/templates", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aRepeatedIdempotencyKeyCreatesOneTemplate() {
        HttpHeaders headers = TestTokens.headers(team.headOfSales());
        headers.set("Idempotency-Key", "tpl-" + UUID.randomUUID());
        ResponseEntity<JsonNode> first = anonymous.exchange("/templates", HttpMethod.POST, new HttpEntity<>(offerBody(), headers), JsonNode.class);
        ResponseEntity<JsonNode> second = anonymous.exchange("/templates", HttpMethod.POST, new HttpEntity<>(offerBody(), headers), JsonNode.class);
        assertThat(second.getBody().get("id")).isEqualTo(first.getBody().get("id"));
        assertThat(second.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
    }

    @Test
    void listsArePaginatedWithAHardMaximumAndFilterByKind() {
        create(requestBody("LETTER", "A letter", "", "Dear {{client.contactName}}"));
        await().atMost(FEW_SECONDS).untilAsserted(() -> {
            JsonNode letters = get(team.managerA1(), "/templates?kind=LETTER&size=1").getBody();
            assertThat(letters.get("items")).hasSize(1);
            assertThat(letters.get("items").get(0).get("kind").asText()).isEqualTo("LETTER");
        });
        assertThat(get(team.managerA1(), "/templates?size=101").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(get(team.managerA1(), "/templates?kind=MEMO").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode vocabulary = get(team.managerA1(), "/templates/placeholders").getBody();
        assertThat(vocabulary.get("documentPlaceholders").toString()).contains("client.name");
    }

    private String create(Map<String, Object> body) {
        ResponseEntity<JsonNode> created = post(team.headOfSales(), "/templates", body);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("id").asText();
    }

    private ResponseEntity<JsonNode> get(String employee, String path) {
        return exchange(employee, HttpMethod.GET, path, null);
    }

    private ResponseEntity<JsonNode> post(String employee, String path, Object body) {
        return exchange(employee, HttpMethod.POST, path, body);
    }

    private ResponseEntity<JsonNode> exchange(String employee, HttpMethod method, String path, Object body) {
        return anonymous.exchange(path, method, new HttpEntity<>(body, TestTokens.headers(employee)), JsonNode.class);
    }
}
