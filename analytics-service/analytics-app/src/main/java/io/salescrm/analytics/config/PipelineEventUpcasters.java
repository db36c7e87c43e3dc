package io.salescrm.analytics.config;

import io.salescrm.pipeline.api.deal.DealCreatedEventUpcaster;
import io.salescrm.pipeline.api.lead.LeadCreatedEventUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Older revisions of the pipeline's deal and lead events, as they still sit on the topic: Axon registers every
 * EventUpcaster bean in its upcaster chain, which the Kafka message converter applies to consumed records.
 */
@Configuration
public class PipelineEventUpcasters {

    @Bean
    public DealCreatedEventUpcaster dealCreatedEventUpcaster() {
        return new DealCreatedEventUpcaster();
    }

    @Bean
    public LeadCreatedEventUpcaster leadCreatedEventUpcaster() {
        return new LeadCreatedEventUpcaster();
    }
}
