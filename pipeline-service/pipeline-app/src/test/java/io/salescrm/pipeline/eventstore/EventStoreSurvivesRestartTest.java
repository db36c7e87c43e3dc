package io.salescrm.pipeline.eventstore;

import io.salescrm.pipeline.PipelineApplication;
import io.salescrm.pipeline.api.PipelineTopic;
import io.salescrm.pipeline.api.deal.DealCreatedEvent;
import io.salescrm.platform.test.EmbeddedInfrastructure;
import io.salescrm.platform.test.KafkaRecords;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import static io.salescrm.pipeline.deal.DealMother.newId;
import static io.salescrm.pipeline.deal.DealMother.rubDeal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The embedded default keeps its event store in an H2 file: a stopped and restarted service loses nothing. */
class EventStoreSurvivesRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void eventsAndTrackingTokensSurviveARestart() {
        String id = newId();
        String database = "restart_" + UUID.randomUUID().toString().substring(0, 8);

        try (ConfigurableApplicationContext first = start(database)) {
            first.getBean(CommandGateway.class).sendAndWait(rubDeal(id));
            KafkaRecords.awaitKey(EmbeddedInfrastructure.kafkaBootstrapServers(), PipelineTopic.NAME, id, Duration.ofSeconds(20));
            await().atMost(Duration.ofSeconds(10)).until(() -> publisherPosition(first) > 0);
        }

        try (ConfigurableApplicationContext second = start(database)) {
            var events = second.getBean(EventStore.class).readEvents(id).asStream().toList();
            assertThat(events).hasSize(1);
            assertThat(((DealCreatedEvent) events.get(0).getPayload()).dealId()).isEqualTo(id);
            assertThat(publisherPosition(second)).isPositive();
        }
    }

    private ConfigurableApplicationContext start(String mongoDatabase) {
        return new SpringApplicationBuilder(PipelineApplication.class).run(
                "--server.port=0",
                "--crm.data-dir=" + dataDir,
                "--axon.kafka.bootstrap-servers=" + EmbeddedInfrastructure.kafkaBootstrapServers(),
                "--spring.data.mongodb.uri=" + EmbeddedInfrastructure.mongoUri(),
                "--spring.data.mongodb.database=" + mongoDatabase,
                "--logging.structured.format.console=");
    }

    private static long publisherPosition(ConfigurableApplicationContext context) {
        return context.getBean(JdbcTemplate.class).queryForObject(
                "SELECT COUNT(*) FROM TokenEntry WHERE processorName = 'kafka-publisher' AND token IS NOT NULL", Long.class);
    }
}
