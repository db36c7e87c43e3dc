package io.salescrm.org.target.command;

import io.salescrm.platform.json.CrmJson;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.Message;
import org.axonframework.serialization.json.JacksonSerializer;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Several targets at once, for the rules that involve a parent and its children: the {@link Target} aggregate and
 * the {@link TargetSplitCommandHandler} in an in-memory Axon configuration (Axon's aggregate fixture handles one
 * aggregate only). Commands are sent as in the service; events are read back per target, or all since a mark.
 * New child targets get the ids {@code child-1}, {@code child-2}, ...
 */
final class TargetScenario implements AutoCloseable {

    final InMemoryTargetKeys keys = new InMemoryTargetKeys();
    private final Configuration configuration;
    private final AtomicInteger childIds = new AtomicInteger();

    TargetScenario(Instant now) {
        GenericEventMessage.clock = Clock.fixed(now, ZoneOffset.UTC);
        JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(CrmJson.newObjectMapper()).build();
        configuration = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> serializer)
                .configureEventSerializer(c -> serializer)
                .configureMessageSerializer(c -> serializer)
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .registerComponent(TargetKeys.class, c -> keys)
                .configureAggregate(Target.class)
                .registerCommandHandler(c -> new TargetSplitCommandHandler(c.repository(Target.class), keys,
                        () -> "child-" + childIds.incrementAndGet()))
                .buildConfiguration();
        configuration.start();
    }

    @SuppressWarnings("unchecked")
    <R> R send(Object command) {
        CommandGateway gateway = configuration.commandGateway();
        return (R) gateway.sendAndWait(command);
    }

    /** The payloads of the events of one target, oldest first. */
    List<Object> events(String targetId) {
        return eventStore().readEvents(targetId).asStream().map(Message::getPayload).map(Object.class::cast).toList();
    }

    /** How many events are stored in all. */
    int mark() {
        return all().size();
    }

    /** The payloads of all events stored after {@code mark}, in order. */
    List<Object> since(int mark) {
        List<Object> all = all();
        return all.subList(mark, all.size());
    }

    private List<Object> all() {
        List<Object> payloads = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore().openStream(null)) {
            while (stream.hasNextAvailable()) {
                payloads.add(stream.nextAvailable().getPayload());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return payloads;
    }

    private EventStore eventStore() {
        return configuration.eventStore();
    }

    @Override
    public void close() {
        configuration.shutdown();
        GenericEventMessage.clock = Clock.systemUTC();
    }
}
