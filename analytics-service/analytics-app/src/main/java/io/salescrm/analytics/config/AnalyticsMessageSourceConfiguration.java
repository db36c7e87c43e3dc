package io.salescrm.analytics.config;

import io.salescrm.platform.kafka.ServiceTopics;
import org.axonframework.extensions.kafka.KafkaProperties;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.consumer.ConsumerFactory;
import org.axonframework.extensions.kafka.eventhandling.consumer.Fetcher;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaEventMessage;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.StreamableKafkaMessageSource;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The source of the {@code analytics} processor: the same topics, consumer and converter as the platform's
 * {@code kafkaMessageSource}, but records are handed out in fetch order ({@link FetchOrderBuffer}), so the
 * processor's token says exactly which records it has handled. Rebuild progress is read from that token.
 */
@Configuration
public class AnalyticsMessageSourceConfiguration {

    public static final String ANALYTICS_SOURCE = "analyticsMessageSource";

    @Bean(ANALYTICS_SOURCE)
    public StreamableKafkaMessageSource<String, byte[]> analyticsMessageSource(
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
                .bufferFactory(() -> new FetchOrderBuffer(properties.getFetcher().getBufferSize()))
                .build();
    }
}
