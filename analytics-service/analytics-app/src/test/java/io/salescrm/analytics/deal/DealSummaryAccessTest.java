package io.salescrm.analytics.deal;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.org.api.role.PredefinedRoles;
import io.salescrm.pipeline.api.PipelineTopic;
import io.salescrm.pipeline.api.deal.DealCreatedEvent;
import io.salescrm.pipeline.api.pipeline.DefaultPipeline;
import io.salescrm.platform.test.EmbeddedInfrastructure;
import io.salescrm.platform.test.KafkaEventWriter;
import io.salescrm.platform.test.OrgMother;
import io.salescrm.platform.test.SalesTeam;
import io.salescrm.platform.test.ServiceIntegrationTest;
import io.salescrm.platform.test.TestTokens;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code GET /deals/summary} counts and sums only the deals the caller's ANALYTICS READ rights reach, filtered in
 * the database: a Manager his own, a Group head his group's with its sub-group, the Head of sales and the Analyst
 * all. A new sales team (see {@link SalesTeam}) per test.
 */
@ServiceIntegrationTest
class DealSummaryAccessTest {

    private static final Duration FEW_SECONDS = Duration.ofSeconds(20);

    @Autowired
    TestRestTemplate anonymous;

    private KafkaEventWriter kafka;
    private SalesTeam team;

    @BeforeEach
    void setUp() {
        kafka = new KafkaEventWriter(EmbeddedInfrastructure.kafkaBootstrapServers());
        team = SalesTeam.fresh();
        SalesTeam.awaitReadable(anonymous, "/deals/summary", team.headOfSales(), team.groupHeadA(), team.groupHeadB(),
                team.managerA1(), team.managerA3(), team.managerB1(), team.analyst());
    }

    @AfterEach
    void tearDown() {
        kafka.close();
    }

    @Test
    void eachRoleCountsAndSumsWhatItMaySee() {
        JsonNode allBefore = summary(team.headOfSales());
        JsonNode analystBefore = summary(team.analyst());

        publishDeal(team.managerA1(), "100.00", false);
        publishDeal(team.managerA1(), "200.00", false);
        publishDeal(team.managerA3(), "30.00", false);
        publishDeal(team.managerB1(), "4.00", false);
        publishDeal(team.managerB1(), "5.00", true);

        await().atMost(FEW_SECONDS).untilAsserted(() -> assertCounts(team.headOfSales(), count(allBefore) + 5, sum(allBefore).add(new BigDecimal("339.00"))));
        assertCounts(team.analyst(), count(analystBefore) + 5, sum(analystBefore).add(new BigDecimal("339.00")));
        assertCounts(team.managerA1(), 2, new BigDecimal("300.00"));
        assertCounts(team.managerA3(), 1, new BigDecimal("30.00"));
        // analytics of a Manager are his own: open deals of others do not count
        assertCounts(team.managerB1(), 2, new BigDecimal("9.00"));
        assertCounts(team.groupHeadA(), 3, new BigDecimal("330.00"));
        assertCounts(team.groupHeadB(), 2, new BigDecimal("9.00"));
    }

    @Test
    void aRevisionOneDealFromBeforeResponsiblesExistedCountsOnlyForThoseWhoSeeAll() {
        JsonNode allBefore = summary(team.headOfSales());
        String id = UUID.randomUUID().toString();
        ProducerRecord<String, byte[]> record = kafka.record(PipelineTopic.NAME, "Deal", id, 0, new DealCreatedEvent(id, "old",
                BigDecimal.ONE, "RUB", "RUB", BigDecimal.ONE, BigDecimal.ONE, Instant.now(), "ignored", false, DefaultPipeline.ID, DefaultPipeline.FIRST_STAGE, DefaultPipeline.FIRST_STAGE_PROBABILITY, null, null, null, null, null, null, null, null, null));
        String revisionOne = """
                {"dealId":"%s","title":"Old deal","amount":"77.00","currency":"RUB","baseCurrency":"RUB",
                 "rateToBase":"1","amountInBase":"77.00","createdAt":"2026-01-10T09:00:00Z"}""".formatted(id);
        record.headers().remove("axon-message-revision").add("axon-message-revision", "1".getBytes(StandardCharsets.UTF_8));
        kafka.send(new ProducerRecord<>(record.topic(), null, record.key(), revisionOne.getBytes(StandardCharsets.UTF_8), record.headers()));

        await().atMost(FEW_SECONDS).untilAsserted(() -> assertCounts(team.headOfSales(), count(allBefore) + 1, sum(allBefore).add(new BigDecimal("77.00"))));
        assertCounts(team.managerA1(), 0, BigDecimal.ZERO);
        assertCounts(team.groupHeadA(), 0, BigDecimal.ZERO);
    }

    @Test
    void aNewAssignmentChangesTheFiguresWithinSeconds() {
        publishDeal(team.managerA1(), "10.00", false);
        publishDeal(team.managerA3(), "20.00", false);
        await().atMost(FEW_SECONDS).untilAsserted(() -> assertCounts(team.managerA1(), 1, new BigDecimal("10.00")));

        try (OrgMother org = OrgMother.onEmbeddedKafka()) {
            org.assign(PredefinedRoles.GROUP_HEAD, team.managerA1());
        }
        await().atMost(FEW_SECONDS).untilAsserted(() -> assertCounts(team.managerA1(), 2, new BigDecimal("30.00")));

        try (OrgMother org = OrgMother.onEmbeddedKafka()) {
            org.unassign(PredefinedRoles.ANALYST, team.analyst());
        }
        await().atMost(FEW_SECONDS).untilAsserted(() ->
                assertThat(get(TestTokens.bearer(team.analyst())).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN));
    }

    @Test
    void withoutATokenTheSummaryIsA401AndAReadOnlyTokenMayReadIt() {
        ResponseEntity<JsonNode> anonymousCall = anonymous.getForEntity("/deals/summary", JsonNode.class);
        assertThat(anonymousCall.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymousCall.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(get(TestTokens.readOnlyBearer(team.managerA1())).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("Bearer " + TestTokens.foreignToken(team.headOfSales())).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void anEmployeeWithoutAnalyticsRightsIsRefusedWithA403Problem() {
        String outsider;
        try (OrgMother org = OrgMother.onEmbeddedKafka()) {
            outsider = org.employee("Outsider", team.company());
        }
        ResponseEntity<JsonNode> refused = get(TestTokens.bearer(outsider));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getBody().get("requestId").asText()).isNotBlank();
    }

    private void publishDeal(String responsible, String amount, boolean open) {
        String id = UUID.randomUUID().toString();
        kafka.send(kafka.record(PipelineTopic.NAME, "Deal", id, 0, new DealCreatedEvent(id, "Deal " + id,
                new BigDecimal(amount), "RUB", "RUB", BigDecimal.ONE, new BigDecimal(amount), Instant.now(), responsible, open, DefaultPipeline.ID, DefaultPipeline.FIRST_STAGE, DefaultPipeline.FIRST_STAGE_PROBABILITY, null, null, null, null, null, null, null, null, null)));
    }

    private void assertCounts(String employee, long count, BigDecimal total) {
        JsonNode summary = summary(employee);
        assertThat(summary.get("dealCount").asLong()).as("deal count of " + employee).isEqualTo(count);
        assertThat(new BigDecimal(summary.get("totalAmount").asText())).as("total of " + employee).isEqualByComparingTo(total);
    }

    private JsonNode summary(String employee) {
        ResponseEntity<JsonNode> response = get(TestTokens.bearer(employee));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private ResponseEntity<JsonNode> get(String authorization) {
        return anonymous.exchange("/deals/summary", HttpMethod.GET, new HttpEntity<>(TestTokens.headersWith(authorization)), JsonNode.class);
    }

    private static long count(JsonNode summary) {
        return summary.get("dealCount").asLong();
    }

    private static BigDecimal sum(JsonNode summary) {
        return new BigDecimal(summary.get("totalAmount").asText());
    }
}
