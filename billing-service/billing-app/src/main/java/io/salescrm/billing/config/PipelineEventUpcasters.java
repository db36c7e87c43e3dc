package io.salescrm.billing.config;

import io.salescrm.pipeline.api.deal.DealCreatedEventUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Older revisions of pipeline events billing reads from the pipeline topic, read as the current ones. */
@Configuration
public class PipelineEventUpcasters {

    @Bean
    public DealCreatedEventUpcaster dealCreatedEventUpcaster() {
        return new DealCreatedEventUpcaster();
    }
}
