package io.salescrm.pipeline.config;

import io.salescrm.pipeline.api.deal.DealCreatedEventUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Older revisions of deal events, read from the event store as the current ones. */
@Configuration
public class DealEventUpcasters {

    @Bean
    public DealCreatedEventUpcaster dealCreatedEventUpcaster() {
        return new DealCreatedEventUpcaster();
    }
}
