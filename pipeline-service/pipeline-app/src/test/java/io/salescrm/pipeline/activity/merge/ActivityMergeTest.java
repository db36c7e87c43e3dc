package io.salescrm.pipeline.activity.merge;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.pipeline.api.activity.ActivityType;
import io.salescrm.pipeline.api.activity.SubjectKind;
import io.salescrm.pipeline.api.lead.LeadCreatedEvent;
import io.salescrm.pipeline.api.lead.LeadDetails;
import io.salescrm.pipeline.api.lead.LeadMergedIntoEvent;
import io.salescrm.pipeline.api.lead.LeadSource;
import io.salescrm.platform.test.SalesTeam;
import io.salescrm.platform.test.ServiceIntegrationTest;
import io.salescrm.platform.test.TestTokens;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.salescrm.pipeline.activity.ActivityMother.requestBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Merging a lead moves its activities to the survivor, once. The leads are written to the event store as the
 * lead aggregate would write them; the activities go through the HTTP API.
 */
@ServiceIntegrationTest
class ActivityMergeTest {

    private static final Duration FEW_SECONDS = Duration.ofSeconds(20);

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    EventStore eventStore;
    @Autowired
    ActivityMergeFollower follower;

    @Test
    void theActivitiesOfAMergedLeadMoveToTheSurvivorAndARedeliveredMergeMovesNothingTwice() {
        SalesTeam team = SalesTeam.shared();
        SalesTeam.awaitReadable(anonymous, "/activities", team.headOfSales());
        TestRestTemplate http = TestTokens.as(anonymous, TestTokens.bearer(team.headOfSales()));
        String merged = lead(team.headOfSales());
        String survivor = lead(team.headOfSales());
        String call = create(http, merged, ActivityType.CALL);
        String note = create(http, merged, ActivityType.NOTE);
        String onSurvivor = create(http, survivor, ActivityType.NOTE);

        LeadMergedIntoEvent merge = new LeadMergedIntoEvent(merged, survivor, Instant.now());
        eventStore.publish(new GenericDomainEventMessage<>("Lead", merged, 1, merge));

        String ofSurvivor = "/activities?subjectKind=LEAD&subjectId=" + survivor;
        await().atMost(FEW_SECONDS).untilAsserted(() ->
                assertThat(http.getForObject(ofSurvivor, JsonNode.class).get("items").findValuesAsText("id"))
                        .containsExactlyInAnyOrder(call, note, onSurvivor));
        assertThat(http.getForObject("/activities?subjectKind=LEAD&subjectId=" + merged, JsonNode.class).get("totalItems").asLong()).isZero();
        assertThat(eventStore.readEvents(call).asStream().map(e -> e.getPayloadType().getSimpleName()))
                .containsExactly("ActivityCreatedEvent", "ActivityMovedEvent");

        follower.on(merge);
        assertThat(eventStore.readEvents(call).asStream().count()).isEqualTo(2);
        await().atMost(FEW_SECONDS).untilAsserted(() ->
                assertThat(http.getForObject("/leads/" + survivor + "/timeline", JsonNode.class).get("items")
                        .findValuesAsText("eventType")).contains("ActivityMovedEvent"));

        String late = create(http, merged, ActivityType.NOTE);
        await().atMost(FEW_SECONDS).untilAsserted(() ->
                assertThat(http.getForObject(ofSurvivor, JsonNode.class).get("items").findValuesAsText("id")).contains(late));
    }

    private String lead(String responsible) {
        String leadId = UUID.randomUUID().toString();
        eventStore.publish(new GenericDomainEventMessage<>("Lead", leadId, 0, new LeadCreatedEvent(leadId, null,
                LeadDetails.titled("Lead " + leadId, LeadSource.WEBSITE), responsible, false, Instant.now())));
        return leadId;
    }

    private static String create(TestRestTemplate http, String leadId, ActivityType type) {
        ResponseEntity<JsonNode> created = http.postForEntity("/activities",
                requestBody(SubjectKind.LEAD, leadId, type, "About " + leadId, Instant.now().plusSeconds(3600)), JsonNode.class);
        assertThat(created.getStatusCode()).as(created.toString()).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("id").asText();
    }
}
