package io.salescrm.analytics.deal;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.pipeline.api.PipelineTopic;
import io.salescrm.pipeline.api.deal.DealCreatedEvent;
import io.salescrm.pipeline.api.deal.DealWonEvent;
import io.salescrm.platform.test.EmbeddedInfrastructure;
import io.salescrm.platform.test.KafkaEventWriter;
import io.salescrm.platform.test.SalesTeam;
import io.salescrm.platform.test.ServiceIntegrationTest;
import io.salescrm.platform.test.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Managers and groups ranked by won volume in a month, with the change against the month before. */
@ServiceIntegrationTest
class RankingApiTest {

    @Autowired
    TestRestTemplate anonymous;

    private KafkaEventWriter kafka;
    private SalesTeam team;

    @BeforeEach
    void setUp() {
        kafka = new KafkaEventWriter(EmbeddedInfrastructure.kafkaBootstrapServers());
        team = SalesTeam.fresh();
        SalesTeam.awaitReadable(anonymous, "/deals/summary", team.groupHeadA());
    }

    @AfterEach
    void tearDown() {
        kafka.close();
    }

    @Test
    void aGroupHeadRanksHisManagersAndHisGroupAgainstThePreviousMonth() {
        won(team.managerA1(), "100.00", "2026-03-05T10:00:00Z");
        won(team.managerA1(), "300.00", "2026-04-30T23:00:00Z");
        won(team.managerA2(), "500.00", "2026-03-31T10:00:00Z");
        won(team.managerA2(), "200.00", "2026-04-01T00:00:00Z");
        won(team.managerB1(), "999.00", "2026-04-10T00:00:00Z");
        TestRestTemplate groupHead = TestTokens.as(anonymous, TestTokens.bearer(team.groupHeadA()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode managers = groupHead.getForObject("/reports/ranking?by=MANAGER&granularity=MONTH&at=2026-04-15&figure=WON_VOLUME", JsonNode.class);
            assertThat(managers).hasSize(2);
            assertRanking(managers.get(0), 1, team.managerA1(), "300.00", "100.00", "200.00");
            assertRanking(managers.get(1), 2, team.managerA2(), "200.00", "500.00", "-300.00");
        });
        JsonNode groups = groupHead.getForObject("/reports/ranking?by=GROUP&granularity=MONTH&at=2026-04-15", JsonNode.class);
        assertThat(groups).hasSize(1);
        assertRanking(groups.get(0), 1, team.groupA(), "500.00", "600.00", "-100.00");
        assertThat(groupHead.getForEntity("/reports/ranking?by=PIPELINE&at=2026-04-15", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private static void assertRanking(JsonNode row, int rank, String key, String value, String previous, String change) {
        assertThat(row.get("rank").asInt()).isEqualTo(rank);
        assertThat(row.get("key").asText()).isEqualTo(key);
        assertThat(row.get("value").asText()).isEqualTo(value);
        assertThat(row.get("previousValue").asText()).isEqualTo(previous);
        assertThat(row.get("change").asText()).isEqualTo(change);
    }

    private void won(String manager, String amount, String at) {
        String id = "deal-" + UUID.randomUUID();
        Instant wonAt = Instant.parse(at);
        kafka.send(kafka.record(PipelineTopic.NAME, "Deal", id, 0, new DealCreatedEvent(id, "Deal", new BigDecimal(amount),
                "RUB", "RUB", BigDecimal.ONE, new BigDecimal(amount), wonAt.minusSeconds(60), manager, false, "sales",
                "new", 10, null, null, null, null, null, null, null, null, null)));
        kafka.send(kafka.record(PipelineTopic.NAME, "Deal", id, 1, new DealWonEvent(id, "sales", "won", new BigDecimal(amount),
                "RUB", "RUB", BigDecimal.ONE, new BigDecimal(amount), manager, wonAt)));
    }
}
