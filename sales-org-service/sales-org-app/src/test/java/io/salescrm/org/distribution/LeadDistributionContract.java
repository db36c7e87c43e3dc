package io.salescrm.org.distribution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.salescrm.org.api.OrgTopic;
import io.salescrm.org.api.distribution.LeadAssignmentDecidedEvent;
import io.salescrm.org.api.distribution.RoundRobinAdvancedEvent;
import io.salescrm.org.auth.TestSignIn;
import io.salescrm.org.distribution.command.DecideLeadAssignmentCommand;
import io.salescrm.org.distribution.command.DistributionRoster;
import io.salescrm.org.distribution.command.DistributionRule;
import io.salescrm.org.distribution.query.RuleProjection;
import io.salescrm.pipeline.api.PipelineTopic;
import io.salescrm.pipeline.api.lead.LeadAssignedEvent;
import io.salescrm.pipeline.api.lead.LeadClosedEvent;
import io.salescrm.pipeline.api.lead.LeadCreatedEvent;
import io.salescrm.pipeline.api.lead.LeadOutcome;
import io.salescrm.pipeline.api.lead.LeadSource;
import io.salescrm.platform.test.EmbeddedInfrastructure;
import io.salescrm.platform.test.KafkaEventWriter;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.salescrm.org.api.distribution.DistributionStrategy.ROUND_ROBIN;
import static io.salescrm.org.distribution.DistributionMother.lead;
import static io.salescrm.org.distribution.DistributionMother.newId;
import static io.salescrm.org.distribution.DistributionMother.ruleBody;
import static io.salescrm.org.distribution.DistributionMother.unassignedLead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The whole choreography of DESIGN §3 on the sales-org side, through Kafka: lead events arrive on
 * {@code crm.pipeline.events} (written as the pipeline's publisher writes them), decisions leave on
 * {@code crm.org.events}. Org data is put into the service's event store as its org aggregates record it. All
 * lead records of a test go to one partition, so the order in which they are decided is known. Every test has
 * its own pipeline id, so rules of other tests never match its leads. Subclasses run it on each event store
 * (the design leans on the store's transaction and unique key); they take snapshots of rules every
 * {@value DistributionMother#SNAPSHOT_EVERY} events, so decisions are also made from rules loaded from snapshots.
 */
abstract class LeadDistributionContract {

    private static final Duration DECIDED_WITHIN = Duration.ofSeconds(30);

    TestRestTemplate http;

    @Autowired
    void signIn(TestRestTemplate anonymous) {
        http = TestSignIn.asAdmin(anonymous);
    }

    @Autowired
    EventStore eventStore;
    @Autowired
    DistributionRoster roster;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    CommandGateway commands;
    @Autowired
    EventProcessingConfiguration processing;

    private OrgEvents org;
    private KafkaEventWriter kafka;

    @BeforeEach
    void setUp() {
        org = new OrgEvents(eventStore);
        kafka = new KafkaEventWriter(EmbeddedInfrastructure.kafkaBootstrapServers());
    }

    @AfterEach
    void tearDown() {
        kafka.close();
    }

    @Test
    void roundRobinGoesOverTheActiveManagersInIdOrderAndARedeliveryDecidesNothingAgain() throws Exception {
        String tag = newId("rr");
        String group = tag + "-group";
        String a = tag + "-a";
        String b = tag + "-b"; // deactivated
        String c = tag + "-c"; // a further member of the group
        String d = tag + "-d";
        org.salesGroup(group).salesGroup(tag + "-elsewhere")
                .hire(a, group).hire(b, group).hire(c, tag + "-elsewhere").join(c, group).hire(d, group)
                .deactivate(b);
        awaitActiveMembers(group, a, c, d);
        String pipeline = tag + "-pipeline";
        String ruleId = createRule(ruleBody("Round robin", List.of(), pipeline, group, "ROUND_ROBIN", null, 10));

        List<String> leads = new ArrayList<>();
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            String leadId = tag + "-lead-" + i;
            leads.add(leadId);
            records.add(sendLead(unassignedLead(leadId, pipeline)));
        }

        List<String> expected = List.of(a, c, d, a, c, d);
        for (int i = 0; i < 6; i++) {
            JsonNode decision = awaitOutcome(leads.get(i));
            assertThat(decision.get("outcome").asText()).isEqualTo("ASSIGNED");
            assertThat(decision.get("employeeId").asText()).as("lead %d", i + 1).isEqualTo(expected.get(i));
            assertThat(decision.get("ruleId").asText()).isEqualTo(ruleId);
            assertThat(decision.get("strategy").asText()).isEqualTo("ROUND_ROBIN");
            assertThat(decision.get("fallback").asBoolean()).isFalse();
        }
        // each decision is published on the org topic, keyed by the lead id, exactly once
        for (int i = 0; i < 6; i++) {
            String leadId = leads.get(i);
            assertThat(awaitPublishedDecisions(leadId, ruleId))
                    .containsExactly(new LeadAssignmentDecidedEvent(leadId, expected.get(i), ruleId, ROUND_ROBIN, false));
        }

        // The first lead is delivered again, then a new lead: the new one continues the rotation after d, so the
        // repeated one has not moved it, and it produced no second decision anywhere.
        kafka.sendTo(0, records.get(0));
        String marker = tag + "-lead-7";
        sendLead(unassignedLead(marker, pipeline));
        assertThat(awaitOutcome(marker).get("employeeId").asText()).isEqualTo(a);
        awaitPublishedDecisions(marker, ruleId);

        assertThat(eventStore.readEvents(leads.get(0)).asStream().count()).isEqualTo(1);
        assertThat(awaitOutcome(leads.get(0)).get("employeeId").asText()).isEqualTo(a);
        assertThat(publishedDecisions(leads.get(0), ruleId)).hasSize(1);
        assertThat(eventsOfType(ruleId, RoundRobinAdvancedEvent.class)).isEqualTo(7);

        // the rule was snapshotted and its snapshot reads back (it is where loading starts)
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM SnapshotEventEntry WHERE aggregateIdentifier = ?", Long.class, ruleId))
                .isPositive();
        assertThat(eventStore.readEvents(ruleId).peek().getPayload()).isInstanceOf(DistributionRule.class);

        // and the store itself refuses a second outcome for a decided lead
        assertThatThrownBy(() -> commands.sendAndWait(new DecideLeadAssignmentCommand(leads.get(0), c, ruleId, ROUND_ROBIN, false)))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThat(eventStore.readEvents(leads.get(0)).asStream().count()).isEqualTo(1);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(http.getForObject("/distribution-rules/" + ruleId, JsonNode.class).get("lastEmployeeId").asText())
                        .isEqualTo(a));
    }

    @Test
    void fewestOpenLeadsCountsAssignedCreatedClosedAndJustDecidedLeads() {
        String tag = newId("few");
        String group = tag + "-group";
        String a = tag + "-a";
        String b = tag + "-b";
        String c = tag + "-c";
        org.salesGroup(group).hire(a, group).hire(b, group).hire(c, group);
        awaitActiveMembers(group, a, b, c);
        String pipeline = tag + "-pipeline";
        // open leads before the rule: a 3 (two created for a, one reassigned from c), b 1, c 0 (its one is closed)
        sendLead(lead(tag + "-old-1", LeadSource.CALL, pipeline, a));
        sendLead(lead(tag + "-old-2", LeadSource.CALL, pipeline, a));
        sendLead(lead(tag + "-old-3", LeadSource.CALL, pipeline, b));
        sendLead(lead(tag + "-old-4", LeadSource.CALL, pipeline, c));
        send(tag + "-old-4", 1, new LeadClosedEvent(tag + "-old-4", LeadOutcome.JUNK));
        sendLead(lead(tag + "-old-5", LeadSource.CALL, pipeline, c));
        send(tag + "-old-5", 1, new LeadAssignedEvent(tag + "-old-5", a));
        String ruleId = createRule(ruleBody("Least loaded", List.of(), pipeline, group, "FEWEST_OPEN_LEADS", null, 10));

        // c (0) -> then b and c tie at 1, b has the smaller id -> then c (1) against b (2) and a (3)
        List<String> expected = List.of(c, b, c);
        for (int i = 0; i < 3; i++) {
            sendLead(unassignedLead(tag + "-new-" + i, pipeline));
        }
        for (int i = 0; i < 3; i++) {
            JsonNode decision = awaitOutcome(tag + "-new-" + i);
            assertThat(decision.get("employeeId").asText()).as("new lead %d", i).isEqualTo(expected.get(i));
            assertThat(decision.get("strategy").asText()).isEqualTo("FEWEST_OPEN_LEADS");
            assertThat(decision.get("ruleId").asText()).isEqualTo(ruleId);
        }
        // leads that came with a responsible were not distributed
        assertThat(http.getForEntity("/lead-assignments/" + tag + "-old-1", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        // fewest-open-leads decisions do not move any round-robin position
        assertThat(eventsOfType(ruleId, RoundRobinAdvancedEvent.class)).isZero();
    }

    @Test
    void withNobodyActiveTheFallbackEmployeeGetsTheLeadWithoutMovingTheRotation() {
        String tag = newId("fb");
        String group = tag + "-group";
        String boss = tag + "-boss";
        org.salesGroup(group).salesGroup(tag + "-office").hire(tag + "-x", group).deactivate(tag + "-x").hire(boss, tag + "-office");
        awaitActiveMembers(tag + "-office", boss);
        String pipeline = tag + "-pipeline";
        String ruleId = createRule(ruleBody("With fallback", List.of(), pipeline, group, "ROUND_ROBIN", boss, 10));

        sendLead(unassignedLead(tag + "-lead", pipeline));

        JsonNode decision = awaitOutcome(tag + "-lead");
        assertThat(decision.get("outcome").asText()).isEqualTo("ASSIGNED");
        assertThat(decision.get("employeeId").asText()).isEqualTo(boss);
        assertThat(decision.get("fallback").asBoolean()).isTrue();
        assertThat(decision.get("ruleId").asText()).isEqualTo(ruleId);
        assertThat(eventsOfType(ruleId, RoundRobinAdvancedEvent.class)).isZero();
    }

    @Test
    void withNobodyActiveAndNoFallbackTheAssignmentFailsWithTheReason() {
        String tag = newId("fail");
        String group = tag + "-group";
        org.salesGroup(group).hire(tag + "-x", group).deactivate(tag + "-x");
        await().atMost(Duration.ofSeconds(20)).until(() ->
                roster.employeeStatus(tag + "-x") == DistributionRoster.EmployeeStatus.INACTIVE);
        String pipeline = tag + "-pipeline";
        String ruleId = createRule(ruleBody("Nobody there", List.of(), pipeline, group, "FEWEST_OPEN_LEADS", null, 10));

        sendLead(unassignedLead(tag + "-lead", pipeline));

        JsonNode outcome = awaitOutcome(tag + "-lead");
        assertThat(outcome.get("outcome").asText()).isEqualTo("FAILED");
        assertThat(outcome.get("failureReason").asText()).isEqualTo("NO_ACTIVE_EMPLOYEE");
        assertThat(outcome.get("ruleId").asText()).isEqualTo(ruleId);
        assertThat(outcome.get("detail").asText()).contains("has no active employee").contains("no fallback");
        assertThat(outcome.has("employeeId") && !outcome.get("employeeId").isNull()).isFalse();
    }

    @Test
    void aLeadNoRuleMatchesFailsWithoutARule() {
        String tag = newId("none");
        sendLead(unassignedLead(tag + "-lead", tag + "-pipeline-without-rules"));

        JsonNode outcome = awaitOutcome(tag + "-lead");
        assertThat(outcome.get("outcome").asText()).isEqualTo("FAILED");
        assertThat(outcome.get("failureReason").asText()).isEqualTo("NO_MATCHING_RULE");
        assertThat(outcome.get("ruleId").isNull()).isTrue();
    }

    @Test
    void theMatchingRuleWithTheLowestPriorityNumberDecidesAndDeletedRulesNoLonger() {
        String tag = newId("prio");
        String first = tag + "-first";
        String second = tag + "-second";
        org.salesGroup(first).salesGroup(second).hire(tag + "-f", first).hire(tag + "-s", second);
        awaitActiveMembers(second, tag + "-s");
        String pipeline = tag + "-pipeline";
        createRule(ruleBody("Everything else", List.of(), pipeline, first, "ROUND_ROBIN", null, 5));
        String callsRule = createRule(ruleBody("Calls first", List.of("CALL", "EMAIL"), pipeline, second, "ROUND_ROBIN", null, 1));

        sendLead(lead(tag + "-web", LeadSource.WEBSITE, pipeline, null));
        sendLead(lead(tag + "-call", LeadSource.CALL, pipeline, null));
        sendLead(lead(tag + "-nowhere", LeadSource.CALL, tag + "-other-pipeline", null));

        assertThat(awaitOutcome(tag + "-web").get("employeeId").asText()).isEqualTo(tag + "-f");
        assertThat(awaitOutcome(tag + "-call").get("employeeId").asText()).isEqualTo(tag + "-s");
        assertThat(awaitOutcome(tag + "-nowhere").get("failureReason").asText()).isEqualTo("NO_MATCHING_RULE");

        assertThat(http.exchange("/distribution-rules/" + callsRule, HttpMethod.DELETE, null, Void.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        await().atMost(Duration.ofSeconds(15)).until(() ->
                http.getForEntity("/distribution-rules/" + callsRule, JsonNode.class).getStatusCode() == HttpStatus.NOT_FOUND);
        sendLead(lead(tag + "-call-2", LeadSource.CALL, pipeline, null));
        assertThat(awaitOutcome(tag + "-call-2").get("employeeId").asText()).isEqualTo(tag + "-f");
    }

    @Test
    void aRuleDeletedBeforeTheReadModelKnowsIsSkippedForTheNextMatchingRule() {
        String tag = newId("gone");
        String first = tag + "-first";
        String second = tag + "-second";
        org.salesGroup(first).salesGroup(second).hire(tag + "-f", first).hire(tag + "-s", second);
        awaitActiveMembers(second, tag + "-s");
        String pipeline = tag + "-pipeline";
        String deleted = createRule(ruleBody("Deleted", List.of(), pipeline, first, "ROUND_ROBIN", null, 1));
        createRule(ruleBody("Remaining", List.of(), pipeline, second, "ROUND_ROBIN", null, 2));

        TrackingEventProcessor ruleReadModel = processing.eventProcessor(RuleProjection.GROUP, TrackingEventProcessor.class).orElseThrow();
        ruleReadModel.shutDown();
        try {
            assertThat(http.exchange("/distribution-rules/" + deleted, HttpMethod.DELETE, null, Void.class).getStatusCode())
                    .isEqualTo(HttpStatus.NO_CONTENT);
            assertThat(http.getForEntity("/distribution-rules/" + deleted, JsonNode.class).getStatusCode())
                    .as("the read model still shows the deleted rule").isEqualTo(HttpStatus.OK);

            sendLead(unassignedLead(tag + "-lead", pipeline));

            JsonNode decision = awaitOutcome(tag + "-lead");
            assertThat(decision.get("employeeId").asText()).isEqualTo(tag + "-s");
        } finally {
            ruleReadModel.start();
        }
    }

    // --- helpers ---

    private void awaitActiveMembers(String unitId, String... employeeIds) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(roster.activeMembers(unitId)).containsExactly(employeeIds));
    }

    private String createRule(Map<String, Object> body) {
        ResponseEntity<JsonNode> created = http.postForEntity("/distribution-rules", body, JsonNode.class);
        assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        String id = created.getBody().get("id").asText();
        await().atMost(Duration.ofSeconds(15)).until(() ->
                http.getForEntity("/distribution-rules/" + id, JsonNode.class).getStatusCode() == HttpStatus.OK);
        return id;
    }

    private ProducerRecord<String, byte[]> sendLead(LeadCreatedEvent event) {
        return send(event.leadId(), 0, event);
    }

    /** One lead event, as the pipeline's publisher writes it, into partition 0 (one order for all leads of a test). */
    private ProducerRecord<String, byte[]> send(String leadId, long sequence, Object event) {
        ProducerRecord<String, byte[]> record = kafka.record(PipelineTopic.NAME, "Lead", leadId, sequence, event);
        kafka.sendTo(0, record);
        return record;
    }

    private JsonNode awaitOutcome(String leadId) {
        return await().atMost(DECIDED_WITHIN).until(() -> {
            ResponseEntity<JsonNode> outcome = http.getForEntity("/lead-assignments/" + leadId, JsonNode.class);
            return outcome.getStatusCode() == HttpStatus.OK ? outcome.getBody() : null;
        }, body -> body != null);
    }

    /**
     * The decisions of rule {@code ruleId} published on the org topic for a lead, once there is one. (Other test
     * contexts in this JVM consume the same lead records and publish their own outcomes under the same key; rule
     * ids tell them apart.)
     */
    private List<LeadAssignmentDecidedEvent> awaitPublishedDecisions(String leadId, String ruleId) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> publishedDecisions(leadId, ruleId), decisions -> !decisions.isEmpty());
    }

    private List<LeadAssignmentDecidedEvent> publishedDecisions(String leadId, String ruleId) throws java.io.IOException {
        List<LeadAssignmentDecidedEvent> decisions = new ArrayList<>();
        for (var record : KafkaTopicScan.records(OrgTopic.NAME, leadId, LeadAssignmentDecidedEvent.class)) {
            LeadAssignmentDecidedEvent decided = json.readValue(record.value(), LeadAssignmentDecidedEvent.class);
            if (ruleId.equals(decided.ruleId())) {
                decisions.add(decided);
            }
        }
        return decisions;
    }

    private long eventsOfType(String aggregateId, Class<?> type) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier = ? AND payloadType = ?",
                Long.class, aggregateId, type.getName());
    }
}
