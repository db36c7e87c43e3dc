package io.salescrm.pipeline.timeline.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.platform.test.SalesTeam;
import io.salescrm.platform.test.ServiceIntegrationTest;
import io.salescrm.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.salescrm.pipeline.activity.ActivityMother.callOnDeal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Timelines through the HTTP API: a deal's creation and its activities, newest first, under access rights. */
@ServiceIntegrationTest
class TimelineApiTest {

    private static final Duration FEW_SECONDS = Duration.ofSeconds(15);

    @Autowired
    TestRestTemplate anonymous;

    @Test
    void aDealsTimelineShowsItsCreationAndItsActivitiesNewestFirstWithWhoDidIt() {
        SalesTeam team = SalesTeam.shared();
        SalesTeam.awaitReadable(anonymous, "/activities", team.headOfSales());
        TestRestTemplate http = TestTokens.as(anonymous, TestTokens.bearer(team.headOfSales()));
        String dealId = http.postForEntity("/deals", Map.of("title", "Timeline deal", "amount", "250.00", "currency", "RUB"),
                JsonNode.class).getBody().get("id").asText();
        String activityId = http.postForEntity("/activities", callOnDeal(dealId, Instant.now().plusSeconds(600), null),
                JsonNode.class).getBody().get("id").asText();
        http.postForEntity("/activities/" + activityId + "/done", Map.of("result", "Interested"), JsonNode.class);

        await().atMost(FEW_SECONDS).untilAsserted(() ->
                assertThat(http.getForObject("/deals/" + dealId + "/timeline", JsonNode.class).path("totalItems").asLong()).isEqualTo(3));
        JsonNode timeline = http.getForObject("/deals/" + dealId + "/timeline", JsonNode.class);
        assertThat(timeline.get("items").findValuesAsText("summary")).containsExactly(
                "Activity done: Interested", "Call added: Call about the offer (due "
                        + timeline.get("items").get(1).path("payload").path("dueAt").asText() + ")",
                "Deal created: Timeline deal, 250.00 RUB");
        assertThat(timeline.get("items").findValuesAsText("category")).containsExactly("ACTIVITY", "ACTIVITY", "CREATED");
        assertThat(timeline.get("items").findValuesAsText("actorId")).containsOnly(team.headOfSales());
        JsonNode created = timeline.get("items").get(2);
        assertThat(created.get("source").asText()).isEqualTo("pipeline");
        assertThat(created.get("eventType").asText()).isEqualTo("DealCreatedEvent");
        assertThat(created.get("payload").get("amount").asText()).isEqualTo("250.00");

        assertThat(http.getForObject("/timeline/deal/" + dealId, JsonNode.class)).isEqualTo(timeline);
        assertThat(http.getForObject("/timeline/deals/" + dealId, JsonNode.class)).isEqualTo(timeline);
        JsonNode secondPage = http.getForObject("/deals/" + dealId + "/timeline?page=1&size=2", JsonNode.class);
        assertThat(secondPage.get("items").findValuesAsText("eventType")).containsExactly("DealCreatedEvent");
    }

    @Test
    void aTimelineIsReadableOnlyWithReadRightsOnItsEntity() {
        SalesTeam team = SalesTeam.fresh();
        SalesTeam.awaitReadable(anonymous, "/activities", team.managerA1(), team.managerA2(), team.groupHeadA());
        TestRestTemplate a1 = TestTokens.as(anonymous, TestTokens.bearer(team.managerA1()));
        String dealId = a1.postForEntity("/deals", Map.of("title", "A1's deal", "amount", "1.00", "currency", "RUB"),
                JsonNode.class).getBody().get("id").asText();

        await().atMost(FEW_SECONDS).untilAsserted(() ->
                assertThat(a1.getForEntity("/deals/" + dealId + "/timeline", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK));
        assertThat(as(team.groupHeadA()).getForEntity("/deals/" + dealId + "/timeline", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(as(team.managerA2()).getForEntity("/deals/" + dealId + "/timeline", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as(team.analyst()).getForEntity("/deals/" + dealId + "/timeline", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void anUnknownKindIsA400AndAnUnknownEntityA404() {
        SalesTeam team = SalesTeam.shared();
        SalesTeam.awaitReadable(anonymous, "/activities", team.headOfSales());
        TestRestTemplate http = as(team.headOfSales());
        ResponseEntity<JsonNode> badKind = http.getForEntity("/timeline/invoice/x", JsonNode.class);
        assertThat(badKind.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badKind.getBody().get("errors").get(0).get("field").asText()).isEqualTo("kind");
        assertThat(http.getForEntity("/contacts/" + UUID.randomUUID() + "/timeline", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForEntity("/deals/x/timeline?size=101", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private TestRestTemplate as(String employee) {
        return TestTokens.as(anonymous, TestTokens.bearer(employee));
    }
}
