package io.salescrm.analytics.config;

import io.salescrm.billing.api.BillingTopic;
import io.salescrm.catalog.api.CatalogTopic;
import io.salescrm.org.api.OrgTopic;
import io.salescrm.pipeline.api.PipelineTopic;
import io.salescrm.platform.kafka.ServiceTopics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class AnalyticsTopicsConfiguration {

    /** Analytics owns no aggregates and publishes nothing; it reads every other service's events. */
    @Bean
    public ServiceTopics serviceTopics() {
        return ServiceTopics.consumingOnly(PipelineTopic.NAME, OrgTopic.NAME, CatalogTopic.NAME, BillingTopic.NAME);
    }
}
