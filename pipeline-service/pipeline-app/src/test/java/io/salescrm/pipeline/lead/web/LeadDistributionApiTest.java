package io.salescrm.pipeline.lead.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.org.api.OrgTopic;
import io.salescrm.org.api.distribution.DistributionStrategy;
import io.salescrm.org.api.distribution.LeadAssignmentDecidedEvent;
import io.salescrm.org.api.distribution.LeadAssignmentFailedEvent;
import io.salescrm.org.api.distribution.LeadAssignmentFailureReason;
import io.salescrm.platform.test.EmbeddedInfrastructure;
import io.salescrm.platform.test.KafkaEventWriter;
import io.salescrm.platform.test.SalesTeam;
import io.salescrm.platform.test.ServiceIntegrationTest;
import io.salescrm.platform.test.TestTokens;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.Map;

import static io.salescrm.pipeline.lead.LeadMother.requestBody;
import static io.salescrm.pipeline.lead.LeadMother.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Distribution outcomes from sales-org (written into the embedded broker's org topic as sales-org publishes them):
 * a decision assigns a lead created without a responsible, exactly once even when redelivered; a lead assigned by
 * hand meanwhile keeps its responsible; a failure shows on the lead.
 */
@ServiceIntegrationTest
class LeadDistributionApiTest {

    private static final Duration FEW_SECONDS = Duration.ofSeconds(20);

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    EventStore eventStore;
    TestRestTemplate http;
    SalesTeam team;

    @BeforeEach
    void signIn() {
        team = SalesTeam.shared();
        SalesTeam.awaitReadable(anonymous, "/leads", team.headOfSales());
        http = TestTokens.as(anonymous, TestTokens.bearer(team.headOfSales()));
    }

    @Test
    void aDecisionAssignsTheLeadOnceEvenWhenRedelivered() {
        String lead = distributedLead("To distribute");
        try (KafkaEventWriter kafka = new KafkaEventWriter(EmbeddedInfrastructure.kafkaBootstrapServers())) {
            ProducerRecord<String, byte[]> decision = kafka.record(OrgTopic.NAME, "LeadAssignment", lead, 0,
                    new LeadAssignmentDecidedEvent(lead, team.managerA1(), "rule-1", DistributionStrategy.ROUND_ROBIN, false));
            int partition = kafka.send(decision).partition();
            kafka.sendTo(partition, decision);
        }

        await().atMost(FEW_SECONDS).untilAsserted(() ->
                assertThat(http.getForObject("/leads/" + lead, JsonNode.class).get("responsibleId").asText()).isEqualTo(team.managerA1()));
        // the redelivered decision is handled after the first (same partition): give it time, then count assignments
        await().pollDelay(Duration.ofSeconds(2)).atMost(FEW_SECONDS).untilAsserted(() -> assertThat(assignments(lead)).isEqualTo(1));
    }

    @Test
    void aLeadAssignedByHandKeepsItsResponsibleWhenTheDecisionArrives() {
        String lead = distributedLead("Taken by hand");
        assertThat(exchange(HttpMethod.POST, "/leads/" + lead + "/assign", Map.of("responsibleId", team.managerB1())).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        try (KafkaEventWriter kafka = new KafkaEventWriter(EmbeddedInfrastructure.kafkaBootstrapServers())) {
            kafka.send(kafka.record(OrgTopic.NAME, "LeadAssignment", lead, 0,
                    new LeadAssignmentDecidedEvent(lead, team.managerA1(), "rule-1", DistributionStrategy.ROUND_ROBIN, false)));
        }

        await().pollDelay(Duration.ofSeconds(2)).atMost(FEW_SECONDS).untilAsserted(() -> {
            assertThat(http.getForObject("/leads/" + lead, JsonNode.class).get("responsibleId").asText()).isEqualTo(team.managerB1());
            assertThat(assignments(lead)).isEqualTo(1);
        });
    }

    @Test
    void aFailedDistributionIsVisibleOnTheLead() {
        String lead = distributedLead("Nobody for it");
        try (KafkaEventWriter kafka = new KafkaEventWriter(EmbeddedInfrastructure.kafkaBootstrapServers())) {
            kafka.send(kafka.record(OrgTopic.NAME, "LeadAssignment", lead, 0, new LeadAssignmentFailedEvent(lead, null,
                    LeadAssignmentFailureReason.NO_MATCHING_RULE, "No distribution rule takes leads of source WEBSITE.")));
        }

        await().atMost(FEW_SECONDS).untilAsserted(() -> {
            JsonNode failure = http.getForObject("/leads/" + lead, JsonNode.class).get("distributionFailure");
            assertThat(failure.isObject()).as("distribution failure recorded").isTrue();
            assertThat(failure.get("reason").asText()).isEqualTo("NO_MATCHING_RULE");
            assertThat(failure.get("message").asText()).isEqualTo("distribution failed: No distribution rule takes leads of source WEBSITE.");
        });
    }

    private String distributedLead(String title) {
        ResponseEntity<JsonNode> created = exchange(HttpMethod.POST, "/leads", with(requestBody(title), "distribute", true));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = created.getBody().get("id").asText();
        await().atMost(FEW_SECONDS).until(() -> http.getForEntity("/leads/" + id, JsonNode.class).getStatusCode() == HttpStatus.OK);
        assertThat(http.getForObject("/leads/" + id, JsonNode.class).get("responsibleId").isNull()).isTrue();
        return id;
    }

    private long assignments(String leadId) {
        return eventStore.readEvents(leadId).asStream()
                .filter(event -> event.getPayloadType().getSimpleName().equals("LeadAssignedEvent")).count();
    }

    private ResponseEntity<JsonNode> exchange(HttpMethod method, String path, Object body) {
        return http.exchange(path, method, new HttpEntity<>(body, TestTokens.headers(team.headOfSales())), JsonNode.class);
    }
}
