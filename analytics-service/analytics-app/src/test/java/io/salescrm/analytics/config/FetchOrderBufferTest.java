package io.salescrm.analytics.config;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaEventMessage;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The token a processor stores is the token of the last message it handled; in fetch order that token never names a
 * record still waiting in the buffer, whatever the records' timestamps.
 */
class FetchOrderBufferTest {

    private static final String TOPIC = "crm.test.events";

    @Test
    void recordsComeOutInFetchOrderEvenWhenALaterFetchedOneIsOlder() throws InterruptedException {
        List<KafkaEventMessage> fetched = fetch(new long[][]{{0, 0, 2_000}, {1, 0, 1_000}, {0, 1, 3_000}});
        FetchOrderBuffer buffer = new FetchOrderBuffer(10);
        buffer.putAll(fetched);

        List<KafkaEventMessage> handed = new ArrayList<>();
        while (!buffer.isEmpty()) {
            handed.add(buffer.poll(1, TimeUnit.SECONDS));
        }

        assertThat(handed).containsExactlyElementsOf(fetched);
        // after the first message (partition 0, offset 0) the stored token must not claim partition 1 yet
        assertThat(positions(handed.get(0))).containsOnlyKeys(new TopicPartition(TOPIC, 0));
    }

    @Test
    void aFetchErrorSurfacesOnceTheBufferedRecordsAreHandled() throws InterruptedException {
        FetchOrderBuffer buffer = new FetchOrderBuffer(10);
        buffer.putAll(fetch(new long[][]{{0, 0, 1_000}}));
        buffer.setException(new IllegalStateException("broker gone"));

        assertThat(buffer.poll(1, TimeUnit.SECONDS)).isNotNull();
        assertThatThrownBy(() -> buffer.poll(1, TimeUnit.SECONDS)).hasMessageContaining("broker gone");
    }

    @Test
    void itHoldsNoMoreThanItsCapacity() throws InterruptedException {
        FetchOrderBuffer buffer = new FetchOrderBuffer(2);
        buffer.putAll(fetch(new long[][]{{0, 0, 1_000}, {0, 1, 1_001}}));
        assertThat(buffer.remainingCapacity()).isZero();
        assertThat(buffer.poll(10, TimeUnit.MILLISECONDS)).isNotNull();
        assertThat(buffer.remainingCapacity()).isEqualTo(1);
    }

    /** Converts {partition, offset, timestamp} records the way the extension does: each token advances the last. */
    private static List<KafkaEventMessage> fetch(long[][] records) {
        KafkaTrackingToken token = KafkaTrackingToken.emptyToken();
        List<KafkaEventMessage> messages = new ArrayList<>();
        for (long[] r : records) {
            ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(TOPIC, (int) r[0], r[1], r[2],
                    TimestampType.CREATE_TIME, 0, 0, "key", new byte[0],
                    new RecordHeaders(), Optional.empty());
            token = token.advancedTo(TOPIC, (int) r[0], r[1]);
            messages.add(KafkaEventMessage.from(GenericEventMessage.asEventMessage("event " + r[1]), record, token));
        }
        return messages;
    }

    private static Map<TopicPartition, Long> positions(KafkaEventMessage message) {
        return ((KafkaTrackingToken) message.value().trackingToken()).getPositions();
    }
}
