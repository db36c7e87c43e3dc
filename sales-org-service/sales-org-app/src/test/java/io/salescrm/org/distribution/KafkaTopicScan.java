package io.salescrm.org.distribution;

import io.salescrm.platform.test.EmbeddedInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every record with a given key and event type that a topic holds right now (from the start to the current end
 * of each partition). Other test contexts in the same JVM publish to the same topics, so tests filter by the
 * event type and payload they expect rather than take the first record with a key.
 */
final class KafkaTopicScan {

    private KafkaTopicScan() {
    }

    static List<ConsumerRecord<String, byte[]>> records(String topic, String key, Class<?> eventType) {
        var config = Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, byte[]>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key()) && eventType.getName().equals(type(record))) {
                        found.add(record);
                    }
                }
            }
        }
        return found;
    }

    private static String type(ConsumerRecord<String, byte[]> record) {
        var header = record.headers().lastHeader("axon-message-type");
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
