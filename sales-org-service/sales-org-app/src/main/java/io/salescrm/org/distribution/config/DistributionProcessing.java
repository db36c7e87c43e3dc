package io.salescrm.org.distribution.config;

import io.salescrm.org.distribution.command.LeadIntake;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A lead-created event that cannot be handled now (read-model store or event store unavailable) must be tried
 * again, not skipped: a skipped lead would never be distributed. The intake therefore propagates handler errors,
 * so its processor rolls the batch back, keeps its Kafka position and retries with a growing back-off.
 */
@Configuration
public class DistributionProcessing {

    @Bean
    public ConfigurerModule distributionIntakeRetries() {
        return configurer -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(LeadIntake.GROUP, c -> PropagatingErrorHandler.instance());
    }
}
