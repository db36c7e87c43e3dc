package io.salescrm.billing.document;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(SellerProperties.class)
public class DocumentConfiguration {
}
