package io.salescrm.platform.mongo;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

@AutoConfiguration(beforeName = "org.springframework.boot.actuate.autoconfigure.data.mongo.MongoHealthContributorAutoConfiguration")
public class ReadModelConfiguration {

    /** Named so that Boot's {@code hello}-based indicator steps aside. */
    @Bean("mongoHealthIndicator")
    public MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongoTemplate) {
        return new MongoPingHealthIndicator(mongoTemplate);
    }
}
