package io.salescrm.analytics.export;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.pipeline.api.PipelineTopic;
import io.salescrm.pipeline.api.deal.DealCreatedEvent;
import io.salescrm.pipeline.api.deal.DealWonEvent;
import io.salescrm.platform.test.EmbeddedInfrastructure;
import io.salescrm.platform.test.KafkaEventWriter;
import io.salescrm.platform.test.OrgMother;
import io.salescrm.platform.test.SalesTeam;
import io.salescrm.platform.test.ServiceIntegrationTest;
import io.salescrm.platform.test.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Reports as CSV and JSON files under ANALYTICS EXPORT rights, and the business gauges for Prometheus. */
@ServiceIntegrationTest
class ReportExportApiTest {

    private static final String DEALS = "/exports/deals?by=MANAGER&granularity=MONTH&from=2026-05-01&to=2026-06-01&format=";

    @Autowired
    TestRestTemplate anonymous;

    private KafkaEventWriter kafka;
    private SalesTeam team;

    @BeforeEach
    void setUp() {
        kafka = new KafkaEventWriter(EmbeddedInfrastructure.kafkaBootstrapServers());
        team = SalesTeam.fresh();
        SalesTeam.awaitReadable(anonymous, "/deals/summary", team.managerA1(), team.analyst());
    }

    @AfterEach
    void tearDown() {
        kafka.close();
    }

    @Test
    void aManagerExportsHisOwnFiguresAsCsvAndJson() {
        won(team.managerA1(), "1234.50", "2026-05-10T10:00:00Z");
        won(team.managerB1(), "99.00", "2026-05-11T10:00:00Z");
        TestRestTemplate manager = TestTokens.as(anonymous, TestTokens.bearer(team.managerA1()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            ResponseEntity<String> csv = manager.getForEntity(DEALS + "CSV", String.class);
            assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
            assertThat(csv.getBody()).isEqualTo("key,period,created,open,won,lost,wonVolume,averageCheck,conversion\r\n"
                    + team.managerA1() + ",2026-05,1,0,1,0,1234.50,1234.50,1.0000\r\n");
        });
        JsonNode json = manager.getForObject(DEALS + "JSON", JsonNode.class);
        assertThat(json).hasSize(1);
        assertThat(json.get(0).get("wonVolume").asText()).isEqualTo("1234.50");
        JsonNode analystView = TestTokens.as(anonymous, TestTokens.bearer(team.analyst())).getForObject(DEALS + "JSON", JsonNode.class);
        assertThat(analystView.findValuesAsText("key")).contains(team.managerA1(), team.managerB1());
    }

    @Test
    void withoutExportRightsAnExportIsA403AndAnUnknownFormatA400() {
        String outsider;
        try (OrgMother org = OrgMother.onEmbeddedKafka()) {
            outsider = org.employee("Outsider", team.company());
        }
        assertThat(TestTokens.as(anonymous, TestTokens.bearer(outsider)).getForEntity(DEALS + "CSV", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(TestTokens.as(anonymous, TestTokens.bearer(team.analyst())).getForEntity(DEALS + "XML", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theWonDealsGaugesAreExposedToPrometheus() {
        won(team.managerA1(), "10.00", "2026-05-12T10:00:00Z");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String metrics = anonymous.getForObject("/actuator/prometheus", String.class);
            assertThat(metrics).containsPattern("crm_deals_won\\{[^}]*\\} [1-9]").containsPattern("crm_won_volume_base\\{[^}]*\\} [1-9]");
        });
    }

    private void won(String manager, String amount, String at) {
        String id = "deal-" + UUID.randomUUID();
        Instant wonAt = Instant.parse(at);
        kafka.send(kafka.record(PipelineTopic.NAME, "Deal", id, 0, new DealCreatedEvent(id, "Deal", new BigDecimal(amount),
                "RUB", "RUB", BigDecimal.ONE, new BigDecimal(amount), wonAt.minusSeconds(3600), manager, false, "sales",
                "new", 10, null, null, null, null, null, null, null, null, null)));
        kafka.send(kafka.record(PipelineTopic.NAME, "Deal", id, 1, new DealWonEvent(id, "sales", "won", new BigDecimal(amount),
                "RUB", "RUB", BigDecimal.ONE, new BigDecimal(amount), manager, wonAt)));
    }
}
