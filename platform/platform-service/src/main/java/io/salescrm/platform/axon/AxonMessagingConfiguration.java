package io.salescrm.platform.axon;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Request ids travel from HTTP requests into commands (a dispatch interceptor, which Axon's
 * InterceptorAutoConfiguration registers on the command gateway) and from commands into the events they cause
 * (a correlation data provider).
 */
@AutoConfiguration(beforeName = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration")
public class AxonMessagingConfiguration {

    @Bean
    public CorrelationDataProvider requestIdCorrelation() {
        return new SimpleCorrelationDataProvider(RequestIdPropagation.METADATA_KEY);
    }

    @Bean
    public RequestIdPropagation requestIdPropagation() {
        return new RequestIdPropagation();
    }
}
