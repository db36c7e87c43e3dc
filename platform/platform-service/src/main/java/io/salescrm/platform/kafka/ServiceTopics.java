package io.salescrm.platform.kafka;

import java.util.List;

/**
 * Which Kafka topic a service publishes its events to, and which other services' topics it consumes.
 * Each application declares one bean of this type from the topic constants of the {@code *-api} modules.
 */
public record ServiceTopics(String publishes, List<String> consumes) {

    public ServiceTopics {
        if (publishes == null || publishes.isBlank()) {
            throw new IllegalArgumentException("a service publishes to exactly one topic");
        }
        consumes = List.copyOf(consumes);
        if (consumes.contains(publishes)) {
            throw new IllegalArgumentException("a service reads its own events from its event store, not from " + publishes);
        }
    }

    public static ServiceTopics publishing(String topic, String... consumed) {
        return new ServiceTopics(topic, List.of(consumed));
    }
}
