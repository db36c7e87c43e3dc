package io.salescrm.platform.test;

import io.salescrm.platform.json.CrmJson;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.extensions.kafka.eventhandling.DefaultKafkaMessageConverter;
import org.axonframework.serialization.json.JacksonSerializer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Writes domain events to a topic exactly as a service's publisher does (same converter, serializer and key),
 * so a consumer can be tested without the producing service, and records can be delivered twice on purpose.
 */
public final class KafkaEventWriter implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final DefaultKafkaMessageConverter converter;

    public KafkaEventWriter(String bootstrapServers) {
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
        this.converter = DefaultKafkaMessageConverter.builder()
                .serializer(JacksonSerializer.builder().objectMapper(CrmJson.newObjectMapper()).build())
                .build();
    }

    /** The record a service would publish for this event of aggregate {@code aggregateId}. */
    public ProducerRecord<String, byte[]> record(String topic, String aggregateType, String aggregateId,
                                                 long sequence, Object payload) {
        return converter.createKafkaMessage(
                new GenericDomainEventMessage<>(aggregateType, aggregateId, sequence, payload), topic);
    }

    /** Sends a record and waits for the broker's acknowledgement. */
    public RecordMetadata send(ProducerRecord<String, byte[]> record) {
        try {
            return producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("send failed", e.getCause());
        }
    }

    /**
     * Sends the records in their order without waiting for each acknowledgement (the producer batches them; one key's
     * records keep their order within its partition), then waits for all of them.
     */
    public List<RecordMetadata> sendAll(List<ProducerRecord<String, byte[]>> records) {
        List<Future<RecordMetadata>> sent = records.stream().map(producer::send).toList();
        List<RecordMetadata> acknowledged = new ArrayList<>(sent.size());
        try {
            for (Future<RecordMetadata> each : sent) {
                acknowledged.add(each.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("send failed", e.getCause());
        }
        return acknowledged;
    }

    /** The same record again, forced into {@code partition}: a redelivery, or a marker ordered after one. */
    public RecordMetadata sendTo(int partition, ProducerRecord<String, byte[]> record) {
        return send(new ProducerRecord<>(record.topic(), partition, record.key(), record.value(), record.headers()));
    }

    @Override
    public void close() {
        producer.close();
    }
}
