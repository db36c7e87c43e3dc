package io.salescrm.platform.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.serialization.UnknownSerializedType;

import java.time.Duration;
import java.time.Instant;

/**
 * Counts every event a service receives from other services' topics, by event type, and times how long after
 * its creation each live event arrived: {@code crm_events_consumed_total{type}} and
 * {@code crm_events_consume_lag_seconds}. Events of types this service does not know are counted under their
 * serialized type name, which makes a missing {@code -api} dependency visible.
 */
@ProcessingGroup(InboundEventMetrics.GROUP)
public class InboundEventMetrics {

    public static final String GROUP = "inbound-events";

    private final MeterRegistry registry;
    private final Timer lag;

    public InboundEventMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.lag = Timer.builder("crm.events.consume.lag")
                .description("Time from an event's creation to its arrival in this service (live events only)")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message, ReplayStatus replayStatus) {
        String type = payload instanceof UnknownSerializedType unknown
                ? unknown.serializedType().getName()
                : message.getPayloadType().getName();
        Counter.builder("crm.events.consumed")
                .description("Events received from other services' topics (deliveries, including redeliveries)")
                .tag("type", type.substring(type.lastIndexOf('.') + 1))
                .register(registry)
                .increment();
        if (!replayStatus.isReplay()) {
            lag.record(Duration.between(message.getTimestamp(), Instant.now()));
        }
    }
}
