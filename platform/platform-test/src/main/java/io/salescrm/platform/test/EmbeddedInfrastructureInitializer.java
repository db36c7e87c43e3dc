package io.salescrm.platform.test;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;

import java.util.UUID;

/**
 * Points a service's Spring context at the shared embedded Kafka broker and MongoDB wire server, with its own
 * in-memory H2 event store and its own MongoDB database, so every context starts from empty stores.
 */
@Order(0)
public class EmbeddedInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        TestPropertyValues.of(
                "axon.kafka.bootstrap-servers=" + EmbeddedInfrastructure.kafkaBootstrapServers(),
                "spring.data.mongodb.uri=" + EmbeddedInfrastructure.mongoUri(),
                "spring.data.mongodb.database=test_" + unique,
                "spring.datasource.url=jdbc:h2:mem:eventstore_" + unique + ";DB_CLOSE_DELAY=-1",
                "logging.structured.format.console=",
                "axon.kafka.consumer.client-id=consumer-" + unique
        ).applyTo(context);
    }
}
