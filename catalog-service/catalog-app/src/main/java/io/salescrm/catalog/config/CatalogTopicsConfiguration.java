package io.salescrm.catalog.config;

import io.salescrm.catalog.api.CatalogTopic;
import io.salescrm.org.api.OrgTopic;
import io.salescrm.platform.kafka.ServiceTopics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class CatalogTopicsConfiguration {

    @Bean
    public ServiceTopics serviceTopics() {
        return ServiceTopics.publishing(CatalogTopic.NAME, OrgTopic.NAME);
    }
}
