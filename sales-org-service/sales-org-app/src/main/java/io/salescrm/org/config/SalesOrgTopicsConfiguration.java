package io.salescrm.org.config;

import io.salescrm.org.api.OrgTopic;
import io.salescrm.pipeline.api.PipelineTopic;
import io.salescrm.platform.kafka.ServiceTopics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class SalesOrgTopicsConfiguration {

    @Bean
    public ServiceTopics serviceTopics() {
        return ServiceTopics.publishing(OrgTopic.NAME, PipelineTopic.NAME);
    }
}
