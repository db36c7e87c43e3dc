package io.salescrm.analytics.config;

import io.salescrm.pipeline.api.deal.DealCreatedEventUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Older revisions of the pipeline's deal events, as they still sit on the topic: Axon registers every
 * EventUpcaster bean in its upcaster chain, which the Kafka message converter applies to consumed records.
 */
@Configuration
public class DealEventUpcasters {

    @Bean
    public DealCreatedEventUpcaster dealCreatedEventUpcaster() {
        return new DealCreatedEventUpcaster();
    }
}
