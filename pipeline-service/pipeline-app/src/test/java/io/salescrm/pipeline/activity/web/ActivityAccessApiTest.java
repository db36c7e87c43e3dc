package io.salescrm.pipeline.activity.web;

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
import java.util.Map;

import static io.salescrm.pipeline.activity.ActivityMother.callOnDeal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Access to activities through the real HTTP API with a new sales team per test: an activity on a deal is seen
 * with deal READ and changed with deal WRITE covering the activity's responsible employee.
 */
@ServiceIntegrationTest
class ActivityAccessApiTest {

    private static final Duration FEW_SECONDS = Duration.ofSeconds(15);

    @Autowired
    TestRestTemplate anonymous;
    SalesTeam team;

    @BeforeEach
    void newTeam() {
        team = SalesTeam.fresh();
        SalesTeam.awaitReadable(anonymous, "/activities", team.headOfSales(), team.groupHeadA(), team.managerA1(),
                team.managerA2(), team.managerB1());
    }

    @Test
    void aManagerSeesAndChangesOnlyHisOwnActivitiesHisGroupHeadAllOfHisGroup() {
        String deal = deal(team.managerA1());
        String a1Call = create(team.managerA1(), callOnDeal(deal, Instant.now().plusSeconds(3600), null));

        await().atMost(FEW_SECONDS).untilAsserted(() ->
                assertThat(get(team.managerA1(), "/activities/" + a1Call).getStatusCode()).isEqualTo(HttpStatus.OK));
        assertThat(get(team.groupHeadA(), "/activities/" + a1Call).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get(team.headOfSales(), "/activities/" + a1Call).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get(team.managerA2(), "/activities/" + a1Call).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get(team.managerB1(), "/activities?subjectId=" + deal).getBody().get("totalItems").asLong()).isZero();
        assertThat(get(team.groupHeadA(), "/activities?subjectId=" + deal).getBody().get("totalItems").asLong()).isEqualTo(1);

        assertThat(exchange(team.managerA2(), HttpMethod.POST, "/activities/" + a1Call + "/done", null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(exchange(team.groupHeadA(), HttpMethod.POST, "/activities/" + a1Call + "/done", null).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void aManagerCannotPlanActivitiesForSomeoneElseAGroupHeadCanForHisGroup() {
        String deal = deal(team.managerA1());
        ResponseEntity<JsonNode> forOther = exchange(team.managerA1(), HttpMethod.POST, "/activities",
                callOnDeal(deal, Instant.now().plusSeconds(3600), team.managerA2()));
        assertThat(forOther.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> forGroup = exchange(team.groupHeadA(), HttpMethod.POST, "/activities",
                callOnDeal(deal, Instant.now().plusSeconds(3600), team.managerA2()));
        assertThat(forGroup.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<JsonNode> reassignOutside = exchange(team.groupHeadA(), HttpMethod.PATCH,
                "/activities/" + forGroup.getBody().get("id").asText(), Map.of("responsibleId", team.managerB1()));
        assertThat(reassignOutside.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theAnalystMayNotListActivities() {
        assertThat(get(team.analyst(), "/activities").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private String deal(String responsible) {
        ResponseEntity<JsonNode> created = exchange(responsible, HttpMethod.POST, "/deals",
                Map.of("title", "Deal of " + responsible, "amount", "10.00", "currency", "RUB"));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("id").asText();
    }

    private String create(String employee, Object body) {
        ResponseEntity<JsonNode> created = exchange(employee, HttpMethod.POST, "/activities", body);
        assertThat(created.getStatusCode()).as(created.toString()).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("id").asText();
    }

    private ResponseEntity<JsonNode> get(String employee, String path) {
        return exchange(employee, HttpMethod.GET, path, null);
    }

    private ResponseEntity<JsonNode> exchange(String employee, HttpMethod method, String path, Object body) {
        return anonymous.exchange(path, method, new HttpEntity<>(body, TestTokens.headersWith(TestTokens.bearer(employee))), JsonNode.class);
    }
}
