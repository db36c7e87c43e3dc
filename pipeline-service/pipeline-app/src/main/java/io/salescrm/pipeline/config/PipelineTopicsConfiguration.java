package io.salescrm.pipeline.config;

import io.salescrm.billing.api.BillingTopic;
import io.salescrm.catalog.api.CatalogTopic;
import io.salescrm.org.api.OrgTopic;
import io.salescrm.pipeline.api.PipelineTopic;
import io.salescrm.platform.kafka.ServiceTopics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class PipelineTopicsConfiguration {

    /** Pipeline publishes deals, leads and touches; it reacts to org, catalog and billing events. */
    @Bean
    public ServiceTopics serviceTopics() {
        return ServiceTopics.publishing(PipelineTopic.NAME, OrgTopic.NAME, CatalogTopic.NAME, BillingTopic.NAME);
    }
}
