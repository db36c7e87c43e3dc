package io.salescrm.billing.config;

import io.salescrm.billing.api.BillingTopic;
import io.salescrm.catalog.api.CatalogTopic;
import io.salescrm.org.api.OrgTopic;
import io.salescrm.pipeline.api.PipelineTopic;
import io.salescrm.platform.kafka.ServiceTopics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class BillingTopicsConfiguration {

    @Bean
    public ServiceTopics serviceTopics() {
        return ServiceTopics.publishing(BillingTopic.NAME, PipelineTopic.NAME, CatalogTopic.NAME, OrgTopic.NAME);
    }
}
