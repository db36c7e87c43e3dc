package io.salescrm.platform.kafka;

import java.util.List;
import java.util.Optional;

/**
 * Which Kafka topic a service publishes its events to (none for a service that owns no aggregates), and which
 * other services' topics it consumes. Each application declares one bean of this type from the topic constants
 * of the {@code *-api} modules.
 */
public record ServiceTopics(Optional<String> publishes, List<String> consumes) {

    public ServiceTopics {
        consumes = List.copyOf(consumes);
        if (publishes.isPresent() && consumes.contains(publishes.get())) {
            throw new IllegalArgumentException("a service reads its own events from its event store, not from " + publishes.get());
        }
        if (consumes.isEmpty()) {
            throw new IllegalArgumentException("every service consumes at least one other service's topic");
        }
    }

    public static ServiceTopics publishing(String topic, String... consumed) {
        return new ServiceTopics(Optional.of(topic), List.of(consumed));
    }

    public static ServiceTopics consumingOnly(String... consumed) {
        return new ServiceTopics(Optional.empty(), List.of(consumed));
    }
}
