package io.salescrm.pipeline.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.salescrm.pipeline.api.deal.DealCreatedEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.junit.jupiter.api.Test;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.salescrm.pipeline.deal.DealMother.newId;
import static io.salescrm.pipeline.deal.DealMother.rubDeal;
import static io.salescrm.pipeline.deal.DealMother.usdDeal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The relational event store behaves the same on every database the service supports. */
abstract class DealEventStoreContract {

    @Autowired
    CommandGateway commands;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.axonframework.config.Configuration axon;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void migrationsCreateTheEventTokenAndSagaTables() {
        for (String table : List.of("DomainEventEntry", "SnapshotEventEntry", "TokenEntry", "SagaEntry", "AssociationValueEntry")) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class)).as(table).isNotNull();
        }
    }

    @Test
    void eventsAreStoredAsRevisionedJsonAndReadBackExactly() throws Exception {
        String id = newId();
        commands.sendAndWait(usdDeal(id, "12345.67", "80.1234"));

        DealCreatedEvent event = (DealCreatedEvent) eventStore.readEvents(id).next().getPayload();
        assertThat(event.amount()).isEqualTo(new BigDecimal("12345.67"));
        assertThat(event.rateToBase()).isEqualTo(new BigDecimal("80.1234"));

        Map<String, Object> row = jdbc.queryForMap(
                "SELECT payloadType, payloadRevision, payload FROM DomainEventEntry WHERE aggregateIdentifier = ?", id);
        assertThat(row.get("payloadType")).isEqualTo(DealCreatedEvent.class.getName());
        assertThat(row.get("payloadRevision")).isEqualTo("3");
        JsonNode payload = json.readTree((byte[]) row.get("payload"));
        assertThat(payload.get("amount").asText()).isEqualTo("12345.67");
        assertThat(payload.get("currency").asText()).isEqualTo("USD");
    }

    @Test
    void aRevisionOneEventInTheStoreIsReadThroughTheUpcaster() throws Exception {
        String id = newId();
        byte[] revisionOne;
        try (var in = getClass().getResourceAsStream("/contracts/DealCreatedEvent-1.json")) {
            revisionOne = in.readAllBytes();
        }
        jdbc.update("INSERT INTO DomainEventEntry (eventIdentifier, aggregateIdentifier, sequenceNumber, type, timeStamp, "
                        + "payloadType, payloadRevision, payload, metaData) VALUES (?, ?, 0, 'Deal', ?, ?, '1', ?, ?)",
                UUID.randomUUID().toString(), id, "2026-03-01T10:15:30Z", DealCreatedEvent.class.getName(), revisionOne,
                "{}".getBytes(StandardCharsets.UTF_8));

        DealCreatedEvent event = (DealCreatedEvent) eventStore.readEvents(id).next().getPayload();
        assertThat(event.amount()).isEqualTo(new BigDecimal("1500.00"));
        assertThat(event.responsibleId()).isNull();
        // and it went through the upcaster, not just through lenient JSON reading
        var upcast = axon.upcasterChain().upcast(java.util.stream.Stream.of(new InitialEventRepresentation(
                new GenericDomainEventEntry<>("Deal", id, 0, "e", java.time.Instant.now(), DealCreatedEvent.class.getName(), "1",
                        revisionOne, "{}".getBytes(StandardCharsets.UTF_8)), eventSerializer))).toList();
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("3");
        assertThat(event.open()).isFalse();
    }

    @Test
    void creatingAnExistingDealAgainIsAConflict() {
        String id = newId();
        commands.sendAndWait(rubDeal(id));
        assertThatThrownBy(() -> commands.sendAndWait(rubDeal(id))).isInstanceOf(AggregateStreamCreationException.class);
        assertThat(eventStore.readEvents(id).asStream().count()).isEqualTo(1);
    }

    @Test
    void sequentialAppendsGetContiguousGlobalIndexes() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String id = newId();
            ids.add(id);
            commands.sendAndWait(rubDeal(id));
        }
        List<Long> indexes = ids.stream()
                .map(id -> jdbc.queryForObject("SELECT globalIndex FROM DomainEventEntry WHERE aggregateIdentifier = ?", Long.class, id))
                .toList();
        for (int i = 1; i < indexes.size(); i++) {
            assertThat(indexes.get(i)).isEqualTo(indexes.get(i - 1) + 1);
        }
    }

    @Test
    void thePublishersTrackingTokenIsKeptBesideTheEvents() {
        commands.sendAndWait(rubDeal(newId()));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM TokenEntry WHERE processorName = 'kafka-publisher' AND token IS NOT NULL", Long.class) > 0);
    }
}
