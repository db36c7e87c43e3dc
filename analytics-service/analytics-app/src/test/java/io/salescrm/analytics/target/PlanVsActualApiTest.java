package io.salescrm.analytics.target;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.org.api.OrgTopic;
import io.salescrm.org.api.target.PeriodType;
import io.salescrm.org.api.target.TargetPeriod;
import io.salescrm.org.api.target.TargetSetEvent;
import io.salescrm.org.api.target.TargetSubject;
import io.salescrm.org.api.target.TargetSubjectType;
import io.salescrm.org.api.target.TargetValue;
import io.salescrm.pipeline.api.PipelineTopic;
import io.salescrm.pipeline.api.deal.DealCreatedEvent;
import io.salescrm.pipeline.api.deal.DealWonEvent;
import io.salescrm.platform.test.EmbeddedInfrastructure;
import io.salescrm.platform.test.KafkaEventWriter;
import io.salescrm.platform.test.SalesTeam;
import io.salescrm.platform.test.ServiceIntegrationTest;
import io.salescrm.platform.test.TestTokens;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Plan vs actual: targets of sales-org (an employee's, a group's with its sub-group, a count target) against the
 * won deals of their subject in their period, each visible to those whose analytics rights cover the subject.
 */
@ServiceIntegrationTest
class PlanVsActualApiTest {

    private static final TargetPeriod MARCH = TargetPeriod.of(PeriodType.MONTH, LocalDate.of(2026, 3, 1));

    @Autowired
    TestRestTemplate anonymous;

    private KafkaEventWriter kafka;
    private SalesTeam team;

    @BeforeEach
    void setUp() {
        kafka = new KafkaEventWriter(EmbeddedInfrastructure.kafkaBootstrapServers());
        team = SalesTeam.fresh();
        SalesTeam.awaitReadable(anonymous, "/deals/summary", team.headOfSales(), team.groupHeadA(), team.managerA1());
    }

    @AfterEach
    void tearDown() {
        kafka.close();
    }

    @Test
    void eachTargetIsComparedWithTheWonDealsOfItsSubjectInItsPeriod() {
        won(team.managerA1(), "100.00", "2026-03-10T10:00:00Z");
        won(team.managerA1(), "50.00", "2026-04-02T10:00:00Z");
        won(team.managerA3(), "30.00", "2026-03-31T23:59:59Z");
        won(team.managerB1(), "7.00", "2026-03-01T00:00:00Z");
        String managerTarget = target(new TargetSubject(TargetSubjectType.EMPLOYEE, team.managerA1()), TargetValue.amount(new BigDecimal("200.00"), "RUB"));
        String groupTarget = target(new TargetSubject(TargetSubjectType.UNIT, team.groupA()), TargetValue.amount(new BigDecimal("260.00"), "RUB"));
        String countTarget = target(new TargetSubject(TargetSubjectType.UNIT, team.groupB()), TargetValue.wonCount(4));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, JsonNode> rows = rows(team.headOfSales());
            assertRow(rows.get(managerTarget), "100.00", "50.00");
            assertRow(rows.get(groupTarget), "130.00", "50.00");
            assertRow(rows.get(countTarget), "1", "25.00");
        });
        assertThat(rows(team.managerA1()).keySet()).containsExactly(managerTarget);
        assertThat(rows(team.groupHeadA())).containsKeys(managerTarget, groupTarget).doesNotContainKey(countTarget);
    }

    @Test
    void aRangeEndingBeforeItStartsIsA400Problem() {
        var response = TestTokens.as(anonymous, TestTokens.bearer(team.headOfSales()))
                .getForEntity("/reports/plan-vs-actual?from=2026-03-01&to=2026-02-01", JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private void assertRow(JsonNode row, String actual, String percent) {
        assertThat(row).isNotNull();
        assertThat(row.get("actual").asText()).isEqualTo(actual);
        assertThat(row.get("percentDone").asText()).isEqualTo(percent);
    }

    private Map<String, JsonNode> rows(String employee) {
        JsonNode list = TestTokens.as(anonymous, TestTokens.bearer(employee))
                .getForObject("/reports/plan-vs-actual?from=2026-03-01&to=2026-04-01&size=500", JsonNode.class);
        Map<String, JsonNode> byId = new HashMap<>();
        list.forEach(row -> {
            if (row.get("subjectId").asText().contains(team.managerA1()) || row.get("subjectId").asText().equals(team.groupA())
                    || row.get("subjectId").asText().equals(team.groupB())) {
                byId.put(row.get("targetId").asText(), row);
            }
        });
        return byId;
    }

    private String target(TargetSubject subject, TargetValue value) {
        String id = "target-" + UUID.randomUUID();
        ProducerRecord<String, byte[]> record = kafka.record(OrgTopic.NAME, "Target", id, 0, new TargetSetEvent(id, 1,
                MARCH, subject, value, null, null, null, null, Instant.parse("2026-02-20T00:00:00Z")));
        kafka.send(record);
        kafka.send(record);
        return id;
    }

    private void won(String manager, String amount, String at) {
        String id = "deal-" + UUID.randomUUID();
        Instant wonAt = Instant.parse(at);
        kafka.send(kafka.record(PipelineTopic.NAME, "Deal", id, 0, new DealCreatedEvent(id, "Deal", new BigDecimal(amount),
                "RUB", "RUB", BigDecimal.ONE, new BigDecimal(amount), wonAt.minusSeconds(86_400), manager, false, "sales",
                "new", 10, null, null, null, null, null, null, null, null, null)));
        kafka.send(kafka.record(PipelineTopic.NAME, "Deal", id, 1, new DealWonEvent(id, "sales", "won", new BigDecimal(amount),
                "RUB", "RUB", BigDecimal.ONE, new BigDecimal(amount), manager, wonAt)));
    }
}
