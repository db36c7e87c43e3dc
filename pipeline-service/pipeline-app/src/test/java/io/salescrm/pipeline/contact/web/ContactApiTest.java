package io.salescrm.pipeline.contact.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.platform.test.SalesTeam;
import io.salescrm.platform.test.ServiceIntegrationTest;
import io.salescrm.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.salescrm.pipeline.party.PartyMother.companyBody;
import static io.salescrm.pipeline.party.PartyMother.contactBody;
import static io.salescrm.pipeline.party.PartyMother.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The contact API through real HTTP, as the Head of sales; access scopes as for leads (see LeadAccessApiTest). */
@ServiceIntegrationTest
class ContactApiTest {

    private static final Duration FEW_SECONDS = Duration.ofSeconds(15);

    @Autowired
    TestRestTemplate anonymous;
    TestRestTemplate http;
    SalesTeam team;

    @BeforeEach
    void signIn() {
        team = SalesTeam.shared();
        SalesTeam.awaitReadable(anonymous, "/contacts", team.headOfSales());
        http = TestTokens.as(anonymous, TestTokens.bearer(team.headOfSales()));
    }

    @Test
    void aCreatedContactIsReadableAndLinkedToItsCompanies() {
        String company = created(post("/companies", companyBody("Linked")));
        awaitView("/companies/" + company);
        String contact = created(post("/contacts", with(contactBody("Olga", "Ivanova"), "companyIds", List.of(company))));

        JsonNode view = awaitView("/contacts/" + contact);
        assertThat(view.get("details").get("name").get("last").asText()).isEqualTo("Ivanova");
        assertThat(view.get("details").get("birthday").asText()).isEqualTo("1985-04-12");
        assertThat(view.get("companyIds").get(0).asText()).isEqualTo(company);
        assertThat(ids("/contacts?companyId=" + company)).containsExactly(contact);

        assertThat(exchange(HttpMethod.DELETE, "/contacts/" + contact + "/companies/" + company, null).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        await().atMost(FEW_SECONDS).untilAsserted(() -> assertThat(ids("/contacts?companyId=" + company)).isEmpty());
        assertThat(post("/companies/" + company + "/contacts/" + contact, null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        await().atMost(FEW_SECONDS).untilAsserted(() -> assertThat(ids("/contacts?companyId=" + company)).containsExactly(contact));
    }

    @Test
    void badInputIsA400AndUnknownIdsA404() {
        assertThat(fields(post("/contacts", with(contactBody("A", "B"), "name", null)))).containsExactly("name");
        assertThat(fields(post("/contacts", with(contactBody("A", "B"), "name", Map.of("middle", "C"))))).containsExactly("name");
        assertThat(fields(post("/contacts", with(contactBody("A", "B"), "birthday", "2999-01-01")))).containsExactly("birthday");
        assertThat(fields(post("/contacts", with(contactBody("A", "B"), "companyIds", List.of("no-such-company"))))).containsExactly("companyId");
        assertThat(http.getForEntity("/contacts/" + UUID.randomUUID(), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post("/contacts/" + UUID.randomUUID() + "/assign", Map.of("responsibleId", team.managerA1())).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aContactSharingAPhoneOrEmailIsA409UnlessForced() {
        Map<String, Object> first = contactBody("Petr", "Sokolov");
        awaitView("/contacts/" + created(post("/contacts", first)));
        Map<String, Object> samePhone = with(contactBody("Pyotr", "Sokolov"), "phones", first.get("phones"));

        ResponseEntity<JsonNode> refused = post("/contacts", samePhone);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getBody().get("candidates").get(0).get("kind").asText()).isEqualTo("CONTACT");
        assertThat(post("/contacts?force=true", samePhone).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void mergingMovesCompanyLinksToTheSurvivorAndLeavesTheMergedReadOnly() throws InterruptedException {
        String company = created(post("/companies", companyBody("Merge target")));
        awaitView("/companies/" + company);
        String survivor = created(post("/contacts", with(contactBody("Anna", "Orlova"), "position", null)));
        Map<String, Object> mergedBody = with(contactBody("Anna", "Orlova"), "companyIds", List.of(company));
        String merged = created(post("/contacts", mergedBody));
        awaitView("/contacts/" + survivor);
        awaitView("/contacts/" + merged);
        Instant beforeMerge = Instant.now();
        Thread.sleep(20);

        ResponseEntity<JsonNode> result = post("/contacts/" + survivor + "/merge", Map.of("mergedId", merged));
        assertThat(result.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(result.getBody().get("details").get("position").asText()).isEqualTo("Buyer");
        assertThat(result.getBody().get("details").get("emails")).hasSize(2);
        assertThat(result.getBody().get("companyIds").get(0).asText()).isEqualTo(company);

        await().atMost(FEW_SECONDS).untilAsserted(() -> {
            assertThat(awaitView("/contacts/" + merged).get("mergedIntoId").asText()).isEqualTo(survivor);
            assertThat(ids("/contacts?companyId=" + company)).containsExactly(survivor);
        });
        ResponseEntity<JsonNode> readOnly = put("/contacts/" + merged, mergedBody);
        assertThat(readOnly.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(http.getForObject("/contacts/" + merged + "?asOf=" + beforeMerge, JsonNode.class).get("mergedIntoId").isNull()).isTrue();
    }

    @Test
    void bulkReassignmentAndListsUnderFilters() {
        String marker = "Zz" + UUID.randomUUID().toString().substring(0, 6);
        String first = created(post("/contacts", contactBody("Ivan", marker)));
        String second = created(post("/contacts", contactBody("Ilya", marker)));
        awaitView("/contacts/" + first);
        awaitView("/contacts/" + second);

        assertThat(ids("/contacts?q=" + marker.toLowerCase() + "&sort=lastName")).containsExactlyInAnyOrder(first, second);
        JsonNode report = post("/contacts/assign", Map.of("ids", List.of(first, second), "responsibleId", team.managerA2())).getBody();
        assertThat(report.get("results").findValuesAsText("result")).containsExactly("assigned", "assigned");
        await().atMost(FEW_SECONDS).untilAsserted(() ->
                assertThat(ids("/contacts?q=" + marker + "&responsibleId=" + team.managerA2())).containsExactlyInAnyOrder(first, second));
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private JsonNode awaitView(String path) {
        return await().atMost(FEW_SECONDS).until(() -> http.getForEntity(path, JsonNode.class),
                response -> response.getStatusCode() == HttpStatus.OK).getBody();
    }

    private static String created(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
        return response.getBody().get("id").asText();
    }

    private static List<String> fields(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
        return response.getBody().get("errors").findValuesAsText("field");
    }

    private List<String> ids(String path) {
        ResponseEntity<JsonNode> page = http.getForEntity(path, JsonNode.class);
        assertThat(page.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return page.getBody().get("items").findValuesAsText("id");
    }

    private ResponseEntity<JsonNode> post(String path, Object body) {
        return exchange(HttpMethod.POST, path, body);
    }

    private ResponseEntity<JsonNode> put(String path, Object body) {
        return exchange(HttpMethod.PUT, path, body);
    }

    private ResponseEntity<JsonNode> exchange(HttpMethod method, String path, Object body) {
        return http.exchange(path, method, new HttpEntity<>(body, TestTokens.headers(team.headOfSales())), JsonNode.class);
    }
}
