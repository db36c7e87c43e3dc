package io.salescrm.platform.test;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.net.InetSocketAddress;
import java.util.List;

/**
 * One real Kafka broker (KRaft, in-process) and one MongoDB wire-protocol server per test JVM, started on first
 * use and stopped when the JVM exits. Sharing them keeps the suite fast; each Spring context gets its own
 * database names (see {@link EmbeddedInfrastructureInitializer}) so tests do not see each other's read models.
 */
public final class EmbeddedInfrastructure {

    /** The topics of every service; kept here rather than importing each service's -api module. */
    public static final List<String> TOPICS =
            List.of("crm.catalog.events", "crm.org.events", "crm.pipeline.events", "crm.billing.events");

    private static EmbeddedKafkaKraftBroker kafka;
    private static MongoServer mongo;
    private static String mongoUri;

    private EmbeddedInfrastructure() {
    }

    public static synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
            EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3, TOPICS.toArray(String[]::new));
            broker.afterPropertiesSet();
            kafka = broker;
            Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "embedded-kafka-stop"));
        }
        return kafka.getBrokersAsString();
    }

    public static synchronized String mongoUri() {
        if (mongo == null) {
            MongoServer server = new MongoServer(new MemoryBackend());
            InetSocketAddress address = server.bind();
            mongo = server;
            mongoUri = "mongodb://127.0.0.1:" + address.getPort();
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "embedded-mongo-stop"));
        }
        return mongoUri;
    }
}
