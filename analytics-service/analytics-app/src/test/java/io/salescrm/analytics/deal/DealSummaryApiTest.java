package io.salescrm.analytics.deal;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.pipeline.api.PipelineTopic;
import io.salescrm.pipeline.api.deal.DealCreatedEvent;
import io.salescrm.pipeline.api.pipeline.DefaultPipeline;
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

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The summary as the Head of sales (who may see everything) reads it; access rules are in DealSummaryAccessTest. */
@ServiceIntegrationTest
class DealSummaryApiTest {

    @Autowired
    TestRestTemplate anonymous;
    TestRestTemplate http;

    private KafkaEventWriter kafka;
    private SalesTeam team;

    @BeforeEach
    void connect() {
        kafka = new KafkaEventWriter(EmbeddedInfrastructure.kafkaBootstrapServers());
        team = SalesTeam.shared();
        SalesTeam.awaitReadable(anonymous, "/deals/summary", team.headOfSales());
        http = TestTokens.as(anonymous, TestTokens.bearer(team.headOfSales()));
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void dealsPublishedByPipelineAreCountedAndSummedInTheBaseCurrency() {
        JsonNode before = summary();

        kafka.send(dealCreated(UUID.randomUUID().toString(), "1500.00", "RUB", "1", "1500.00"));
        kafka.send(dealCreated(UUID.randomUUID().toString(), "10.00", "USD", "80.00", "800.00"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode after = summary();
            assertThat(after.get("dealCount").asLong()).isEqualTo(before.get("dealCount").asLong() + 2);
            assertThat(new BigDecimal(after.get("totalAmount").asText()))
                    .isEqualByComparingTo(new BigDecimal(before.get("totalAmount").asText()).add(new BigDecimal("2300.00")));
            assertThat(after.get("totalAmount").isTextual()).isTrue();
            assertThat(after.get("currency").asText()).isEqualTo("RUB");
        });
    }

    @Test
    void aRedeliveredEventChangesNoFigure() {
        ProducerRecord<String, byte[]> created = dealCreated(UUID.randomUUID().toString(), "250.50", "RUB", "1", "250.50");
        int partition = kafka.send(created).partition();
        await().atMost(Duration.ofSeconds(20)).until(() -> summary().get("dealCount").asLong() > 0);
        JsonNode once = awaitStable();

        kafka.sendTo(partition, created);
        // A marker deal behind the duplicate in the same partition: once it counts, the duplicate has been seen.
        kafka.sendTo(partition, dealCreated(UUID.randomUUID().toString(), "1.00", "RUB", "1", "1.00"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode after = summary();
            assertThat(after.get("dealCount").asLong()).isEqualTo(once.get("dealCount").asLong() + 1);
            assertThat(new BigDecimal(after.get("totalAmount").asText()))
                    .isEqualByComparingTo(new BigDecimal(once.get("totalAmount").asText()).add(BigDecimal.ONE));
        });
    }

    @Test
    void theSummaryIsDocumentedInTheOpenApiDocument() {
        JsonNode doc = http.getForObject("/v3/api-docs", JsonNode.class);
        assertThat(doc.get("paths").has("/deals/summary")).isTrue();
    }

    private JsonNode awaitStable() {
        JsonNode[] last = {summary()};
        await().pollDelay(Duration.ofMillis(700)).atMost(Duration.ofSeconds(20)).until(() -> {
            JsonNode now = summary();
            boolean stable = now.equals(last[0]);
            last[0] = now;
            return stable;
        });
        return last[0];
    }

    private JsonNode summary() {
        return http.getForObject("/deals/summary", JsonNode.class);
    }

    private ProducerRecord<String, byte[]> dealCreated(String id, String amount, String currency, String rate, String inBase) {
        return kafka.record(PipelineTopic.NAME, "Deal", id, 0,
                new DealCreatedEvent(id, "Deal " + id, new BigDecimal(amount), currency, "RUB", new BigDecimal(rate),
                        new BigDecimal(inBase), Instant.now(), team.managerA1(), false, DefaultPipeline.ID, DefaultPipeline.FIRST_STAGE, DefaultPipeline.FIRST_STAGE_PROBABILITY, null, null, null, null, null, null, null, null, null));
    }
}
