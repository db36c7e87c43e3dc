package io.salescrm.platform.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.axonframework.extensions.kafka.KafkaProperties;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.consumer.ConsumerFactory;
import org.axonframework.extensions.kafka.eventhandling.consumer.Fetcher;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaEventMessage;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.SortedKafkaMessageBuffer;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.StreamableKafkaMessageSource;
import org.axonframework.extensions.kafka.eventhandling.producer.KafkaPublisher;
import org.axonframework.extensions.kafka.eventhandling.producer.ProducerFactory;
import org.axonframework.extensions.kafka.eventhandling.producer.TopicResolver;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

import java.util.Map;

/**
 * Publishing and consuming domain events over Kafka. The Axon Kafka extension's auto-configuration builds the
 * producer, the acknowledging publisher and its tracking processor from {@code axon.kafka.*} (see the platform
 * defaults); this class decides the topics: every event of this service goes to its own topic (keyed by
 * aggregate id by the extension's message converter; a service without a topic sets
 * {@code axon.kafka.publisher.enabled=false}), and one streamable source, named
 * {@value #KAFKA_SOURCE}, reads the topics of the services it consumes. A processing group opts in with
 * {@code axon.eventhandling.processors.<group>.source=kafkaMessageSource}.
 */
@AutoConfiguration(beforeName = "org.axonframework.extensions.kafka.autoconfig.KafkaAutoConfiguration")
public class KafkaEventsConfiguration {

    public static final String KAFKA_SOURCE = "kafkaMessageSource";

    @Bean
    public TopicResolver topicResolver(ServiceTopics topics) {
        return event -> topics.publishes();
    }

    /**
     * The extension's publisher, with the acknowledgement wait made explicit and longer than its 1 s default, so a
     * briefly slow broker does not roll the publishing processor back. A send that is not acknowledged in time
     * fails the batch; the tracking processor keeps its token and retries, so nothing is skipped.
     */
    @Bean(destroyMethod = "shutDown")
    @ConditionalOnProperty(name = "axon.kafka.publisher.enabled", havingValue = "true", matchIfMissing = true)
    public KafkaPublisher<String, byte[]> kafkaPublisher(@Qualifier("eventSerializer") Serializer eventSerializer,
                                                         ProducerFactory<String, byte[]> producerFactory,
                                                         KafkaMessageConverter<String, byte[]> converter,
                                                         TopicResolver topicResolver,
                                                         org.axonframework.config.Configuration axon,
                                                         @Value("${crm.kafka.publisher-ack-timeout-ms:5000}") long ackTimeoutMs) {
        return KafkaPublisher.<String, byte[]>builder()
                .serializer(eventSerializer)
                .producerFactory(producerFactory)
                .messageConverter(converter)
                .messageMonitor(axon.messageMonitor(KafkaPublisher.class, "kafkaPublisher"))
                .topicResolver(topicResolver)
                .publisherAckTimeout(ackTimeoutMs)
                .build();
    }

    @Bean(KAFKA_SOURCE)
    public StreamableKafkaMessageSource<String, byte[]> kafkaMessageSource(
            ServiceTopics topics,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            ConsumerFactory<String, byte[]> consumerFactory,
            Fetcher<String, byte[], KafkaEventMessage> fetcher,
            KafkaMessageConverter<String, byte[]> converter,
            KafkaProperties properties) {
        return StreamableKafkaMessageSource.<String, byte[]>builder()
                .topics(topics.consumes())
                .serializer(eventSerializer)
                .consumerFactory(consumerFactory)
                .fetcher(fetcher)
                .messageConverter(converter)
                .bufferFactory(() -> new SortedKafkaMessageBuffer<>(properties.getFetcher().getBufferSize()))
                .build();
    }

    @Bean
    public InboundEventMetrics inboundEventMetrics(MeterRegistry registry) {
        return new InboundEventMetrics(registry);
    }

    @Bean(destroyMethod = "close")
    public AdminClient kafkaAdminClient(KafkaProperties properties) {
        return AdminClient.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, String.join(",", properties.getBootstrapServers()),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000));
    }

    @Bean
    public KafkaHealthIndicator kafkaHealthIndicator(AdminClient kafkaAdminClient, ServiceTopics topics) {
        return new KafkaHealthIndicator(kafkaAdminClient, topics);
    }
}
