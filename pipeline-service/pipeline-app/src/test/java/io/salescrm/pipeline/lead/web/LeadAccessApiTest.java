package io.salescrm.pipeline.lead.web;

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
import java.util.List;
import java.util.Map;

import static io.salescrm.pipeline.lead.LeadMother.requestBody;
import static io.salescrm.pipeline.lead.LeadMother.with;
import static io.salescrm.pipeline.party.PartyMother.companyBody;
import static io.salescrm.pipeline.party.PartyMother.contactBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Access rights on leads, contacts and companies through the real HTTP API, with a new sales team per test: a
 * Manager reads his own records and open ones and changes only his own, a Group head his group's, the Head of
 * sales all; the Analyst has no rights on them.
 */
@ServiceIntegrationTest
class LeadAccessApiTest {

    private static final Duration FEW_SECONDS = Duration.ofSeconds(15);

    @Autowired
    TestRestTemplate anonymous;
    SalesTeam team;

    @BeforeEach
    void newTeam() {
        team = SalesTeam.fresh();
        SalesTeam.awaitReadable(anonymous, "/leads", team.headOfSales(), team.groupHeadA(), team.managerA1(),
                team.managerB1(), team.managerA2());
    }

    @Test
    void eachRoleReadsItsScopeInTheDatabaseFilter() {
        String a1 = create(team.managerA1(), "/leads", requestBody("A1 lead"));
        String b1 = create(team.managerB1(), "/leads", requestBody("B1 lead"));
        String open = create(team.managerB1(), "/leads", with(requestBody("B1 open lead"), "open", true));
        awaitVisible(team.headOfSales(), "/leads/" + a1);
        awaitVisible(team.headOfSales(), "/leads/" + b1);
        awaitVisible(team.headOfSales(), "/leads/" + open);

        assertThat(status(team.managerA1(), "/leads/" + a1)).isEqualTo(HttpStatus.OK);
        assertThat(status(team.managerA1(), "/leads/" + b1)).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status(team.managerA1(), "/leads/" + open)).isEqualTo(HttpStatus.OK);
        assertThat(status(team.groupHeadA(), "/leads/" + a1)).isEqualTo(HttpStatus.OK);
        assertThat(status(team.groupHeadA(), "/leads/" + b1)).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(ids(team.managerA1(), "/leads?size=100&responsibleId=" + team.managerB1())).containsExactly(open);
        assertThat(ids(team.groupHeadA(), "/leads?size=100")).contains(a1).doesNotContain(b1, open);
        assertThat(ids(team.headOfSales(), "/leads?size=100")).contains(a1, b1, open);
        assertThat(status(team.managerA1(), "/leads/" + b1 + "?asOf=2100-01-01T00:00:00Z")).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(exchange(team.analyst(), HttpMethod.GET, "/leads", null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void changesNeedWriteRightsCoveringTheResponsibleAndTheNewOne() {
        String open = create(team.managerB1(), "/leads", with(requestBody("Open but not mine"), "open", true));
        String own = create(team.managerA1(), "/leads", requestBody("Mine"));
        awaitVisible(team.managerA1(), "/leads/" + open);
        awaitVisible(team.managerA1(), "/leads/" + own);

        assertThat(exchange(team.managerA1(), HttpMethod.POST, "/leads/" + open + "/status", Map.of("status", "IN_WORK"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(exchange(team.managerA1(), HttpMethod.POST, "/leads/" + own + "/assign", Map.of("responsibleId", team.managerB1()))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(exchange(team.managerA1(), HttpMethod.POST, "/leads", with(requestBody("For B1"), "responsibleId", team.managerB1()))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(exchange(team.groupHeadA(), HttpMethod.POST, "/leads/" + own + "/assign", Map.of("responsibleId", team.managerA2()))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode report = exchange(team.groupHeadA(), HttpMethod.POST, "/leads/assign",
                Map.of("ids", List.of(own, open), "responsibleId", team.managerA1())).getBody();
        assertThat(report.get("results").findValuesAsText("result")).containsExactly("assigned", "not-found");
    }

    @Test
    void contactsAndCompaniesFollowTheSameRules() {
        String contact = create(team.managerB1(), "/contacts", contactBody("Boris", "Bykov"));
        String company = create(team.managerB1(), "/companies", companyBody("B1's company"));
        awaitVisible(team.headOfSales(), "/contacts/" + contact);
        awaitVisible(team.headOfSales(), "/companies/" + company);

        assertThat(status(team.managerA1(), "/contacts/" + contact)).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status(team.managerA1(), "/companies/" + company)).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status(team.managerB1(), "/contacts/" + contact)).isEqualTo(HttpStatus.OK);
        assertThat(ids(team.groupHeadA(), "/companies?size=100")).doesNotContain(company);
        assertThat(exchange(team.managerA1(), HttpMethod.POST, "/contacts/" + contact + "/companies/" + company, null)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(exchange(team.analyst(), HttpMethod.POST, "/companies", companyBody("Analyst's")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private String create(String employee, String path, Object body) {
        ResponseEntity<JsonNode> created = exchange(employee, HttpMethod.POST, path, body);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("id").asText();
    }

    private void awaitVisible(String employee, String path) {
        await().atMost(FEW_SECONDS).until(() -> status(employee, path) == HttpStatus.OK);
    }

    private HttpStatus status(String employee, String path) {
        return HttpStatus.valueOf(exchange(employee, HttpMethod.GET, path, null).getStatusCode().value());
    }

    private List<String> ids(String employee, String path) {
        return exchange(employee, HttpMethod.GET, path, null).getBody().get("items").findValuesAsText("id");
    }

    private ResponseEntity<JsonNode> exchange(String employee, HttpMethod method, String path, Object body) {
        return anonymous.exchange(path, method, new HttpEntity<>(body, TestTokens.headers(employee)), JsonNode.class);
    }
}
