package io.salescrm.pipeline.company.web;

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

/** The company API through real HTTP, as the Head of sales; access scopes as for leads (see LeadAccessApiTest). */
@ServiceIntegrationTest
class CompanyApiTest {

    private static final Duration FEW_SECONDS = Duration.ofSeconds(15);

    @Autowired
    TestRestTemplate anonymous;
    TestRestTemplate http;
    SalesTeam team;

    @BeforeEach
    void signIn() {
        team = SalesTeam.shared();
        SalesTeam.awaitReadable(anonymous, "/companies", team.headOfSales());
        http = TestTokens.as(anonymous, TestTokens.bearer(team.headOfSales()));
    }

    @Test
    void aCreatedCompanyIsReadableWithItsRequisites() throws InterruptedException {
        Map<String, Object> body = with(with(companyBody("Requisites"), "kpp", "773601001"), "ogrn", "1027700132195");
        String id = created(post("/companies", body));
        JsonNode company = awaitView("/companies/" + id);
        assertThat(company.get("details").get("bank").get("bic").asText()).isEqualTo("044525225");
        assertThat(company.get("details").get("ogrn").asText()).isEqualTo("1027700132195");
        assertThat(company.get("responsibleId").asText()).isEqualTo(team.headOfSales());
        Instant beforeChange = Instant.now();
        Thread.sleep(20);

        ResponseEntity<JsonNode> changed = put("/companies/" + id, with(body, "industry", "Wholesale"));
        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(changed.getBody().get("details").get("industry").asText()).isEqualTo("Wholesale");
        assertThat(http.getForObject("/companies/" + id + "?asOf=" + beforeChange, JsonNode.class)
                .get("details").get("industry").asText()).isEqualTo("Retail");
        assertThat(http.getForEntity("/companies/" + id + "?asOf=2020-01-01T00:00:00Z", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void invalidRequisitesAreA400NamingTheField() {
        assertThat(fields(post("/companies", with(companyBody("Bad"), "taxId", "7707083894")))).containsExactly("taxId");
        assertThat(fields(post("/companies", with(companyBody("Bad"), "kpp", "12")))).containsExactly("kpp");
        assertThat(fields(post("/companies", with(companyBody("Bad"), "bank",
                Map.of("bankName", "B", "bic", "1", "settlementAccount", "40702810938000012345"))))).containsExactly("bank.bic");
        assertThat(fields(post("/companies", with(companyBody("Bad"), "name", "")))).containsExactly("name");
        assertThat(http.getForEntity("/companies/" + UUID.randomUUID(), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aCompanyWithTheSameNormalisedNameOrTaxIdIsA409UnlessForced() {
        String name = "Vasilek " + UUID.randomUUID().toString().substring(0, 8);
        String first = created(post("/companies", with(companyBody("x"), "name", "ООО \"" + name + "\"")));
        awaitView("/companies/" + first);

        ResponseEntity<JsonNode> sameName = post("/companies", with(companyBody("x"), "name", name.toUpperCase() + ", LLC"));
        assertThat(sameName.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(sameName.getBody().get("candidates").get(0).get("id").asText()).isEqualTo(first);
        assertThat(sameName.getBody().get("candidates").get(0).get("matchedOn").get(0).asText()).isEqualTo("companyName");
        assertThat(post("/companies?force=true", with(companyBody("x"), "name", name.toUpperCase() + ", LLC")).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        String inn = "500100732259";
        String withInn = created(post("/companies?force=true", with(companyBody("Inn holder"), "taxId", inn)));
        awaitView("/companies/" + withInn);
        ResponseEntity<JsonNode> sameInn = post("/companies", with(companyBody("Other name"), "taxId", inn));
        assertThat(sameInn.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(sameInn.getBody().get("candidates").findValuesAsText("id")).contains(withInn);
    }

    @Test
    void mergingMovesTheMergedCompanysContactsToTheSurvivor() {
        String survivor = created(post("/companies", with(companyBody("Survivor"), "industry", null)));
        Map<String, Object> mergedBody = companyBody("Merged");
        String merged = created(post("/companies", mergedBody));
        awaitView("/companies/" + survivor);
        awaitView("/companies/" + merged);
        String contact = created(post("/contacts", with(contactBody("Nina", "Volkova"), "companyIds", List.of(merged))));
        awaitView("/contacts/" + contact);

        ResponseEntity<JsonNode> result = post("/companies/" + survivor + "/merge", Map.of("mergedId", merged));
        assertThat(result.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(result.getBody().get("details").get("industry").asText()).isEqualTo("Retail");
        assertThat(result.getBody().get("absorbedIds").get(0).asText()).isEqualTo(merged);

        await().atMost(FEW_SECONDS).untilAsserted(() -> {
            assertThat(awaitView("/contacts/" + contact).get("companyIds").get(0).asText()).isEqualTo(survivor);
            assertThat(awaitView("/contacts/" + contact).get("companyIds")).hasSize(1);
            assertThat(awaitView("/companies/" + merged).get("mergedIntoId").asText()).isEqualTo(survivor);
        });
        assertThat(ids("/companies?q=" + mergedBody.get("name"))).isEmpty();
        assertThat(post("/companies/" + merged + "/assign", Map.of("responsibleId", team.managerA1())).getStatusCode())
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    }

    @Test
    void listsFilterSearchSortAndReassignInBulk() {
        String marker = "Qq" + UUID.randomUUID().toString().substring(0, 6);
        String alpha = created(post("/companies", with(companyBody("x"), "name", marker + " Alpha")));
        String beta = created(post("/companies", with(with(companyBody("x"), "name", marker + " Beta"), "industry", "Mining")));
        awaitView("/companies/" + alpha);
        awaitView("/companies/" + beta);

        assertThat(ids("/companies?q=" + marker + "&sort=name&direction=asc")).containsExactly(alpha, beta);
        assertThat(ids("/companies?q=" + marker + "&industry=Mining")).containsExactly(beta);
        JsonNode report = post("/companies/assign", Map.of("ids", List.of(alpha, beta), "responsibleId", team.managerB1())).getBody();
        assertThat(report.get("results").findValuesAsText("result")).containsExactly("assigned", "assigned");
        await().atMost(FEW_SECONDS).untilAsserted(() ->
                assertThat(ids("/companies?q=" + marker + "&responsibleId=" + team.managerB1())).hasSize(2));
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
