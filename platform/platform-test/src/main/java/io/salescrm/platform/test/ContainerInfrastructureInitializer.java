package io.salescrm.platform.test;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.kafka.KafkaContainer;

import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * Points a test context at real Kafka and MongoDB server images run by Testcontainers (started once per JVM),
 * for the tests that prove the embedded stand-ins behave like the real thing. Only usable where a Docker engine
 * runs: guard tests with {@code @Testcontainers(disabledWithoutDocker = true)}.
 */
@Order(0)
public class ContainerInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static KafkaContainer kafka;
    private static MongoDBContainer mongo;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        start();
        TestPropertyValues.of(IsolatedStores.properties())
                .and("axon.kafka.bootstrap-servers=" + kafka.getBootstrapServers(),
                        "spring.data.mongodb.uri=" + mongo.getReplicaSetUrl(),
                        // services using platform-access trust the tokens of TestTokens
                        "crm.security.public-key-location=" + TestTokens.publicKeyLocation(),
                        "crm.security.issuer=" + TestTokens.ISSUER)
                .applyTo(context);
    }

    private static synchronized void start() {
        if (kafka != null) {
            return;
        }
        kafka = new KafkaContainer("apache/kafka:4.1.1");
        mongo = new MongoDBContainer("mongo:7.0");
        kafka.start();
        mongo.start();
        try (AdminClient admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBootstrapServers()))) {
            admin.createTopics(EmbeddedInfrastructure.TOPICS.stream().map(t -> new NewTopic(t, 3, (short) 1)).toList()).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create topics", e.getCause());
        }
    }

    public static String kafkaBootstrapServers() {
        start();
        return kafka.getBootstrapServers();
    }
}
