package io.salescrm.platform.test;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;

/**
 * Points a service's Spring context at the shared embedded Kafka broker and MongoDB wire server, with its own
 * in-memory H2 event store and its own MongoDB database, so every context starts from empty stores.
 */
@Order(0)
public class EmbeddedInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(IsolatedStores.properties())
                .and("axon.kafka.bootstrap-servers=" + EmbeddedInfrastructure.kafkaBootstrapServers(),
                        "spring.data.mongodb.uri=" + EmbeddedInfrastructure.mongoUri(),
                        // services using platform-access trust the tokens of TestTokens
                        "crm.security.public-key-location=" + TestTokens.publicKeyLocation(),
                        "crm.security.issuer=" + TestTokens.ISSUER)
                .applyTo(context);
    }
}
