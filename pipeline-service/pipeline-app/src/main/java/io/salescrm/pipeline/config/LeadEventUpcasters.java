package io.salescrm.pipeline.config;

import io.salescrm.pipeline.api.lead.LeadCreatedEventUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Older revisions of lead events, read from the event store as the current ones. */
@Configuration
public class LeadEventUpcasters {

    @Bean
    public LeadCreatedEventUpcaster leadCreatedEventUpcaster() {
        return new LeadCreatedEventUpcaster();
    }
}
