package io.salescrm.infra;

import com.mongodb.MongoClientSettings;
import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalInfraTest {

    private static final String TOPIC = "crm.pipeline.events";
    private static final String GROUP = "local-infra-test";

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void kafkaAndMongoWorkAndKeepTheirDataAcrossARestart() throws Exception {
        int[] ports = freePorts(4);
        InfraConfig config = new InfraConfig(dataDir, "127.0.0.1", ports[0], ports[1], ports[2], ports[3]);
        String key = "deal-" + UUID.randomUUID();
        String value = "{\"type\":\"DealCreated\",\"id\":\"" + key + "\"}";

        try (LocalInfra infra = new LocalInfra(config).start()) {
            assertHealthUp(config);
            assertThat(infra.kafkaUp()).isTrue();
            assertThat(infra.mongoUp()).isTrue();
            assertTopics(config);

            try (KafkaProducer<String, String> producer = producer(config)) {
                producer.send(new ProducerRecord<>(TOPIC, key, value)).get(10, TimeUnit.SECONDS);
            }
            try (KafkaConsumer<String, String> consumer = consumer(config, GROUP)) {
                ConsumerRecord<String, String> record = readUntil(consumer, key);
                assertThat(record.value()).isEqualTo(value);
                consumer.commitSync(Map.of(new TopicPartition(TOPIC, record.partition()),
                        new OffsetAndMetadata(record.offset() + 1)));
            }
            try (MongoClient mongo = mongo(config)) {
                // Spring Boot's MongoHealthIndicator sends {hello: 1}; plain mongo-java-server lacks it.
                Document hello = mongo.getDatabase("crm_infra_test").runCommand(new Document("hello", 1));
                assertThat(hello.get("ok", Number.class).doubleValue()).isEqualTo(1.0);
                assertThat(hello.getBoolean("isWritablePrimary")).isTrue();
                docs(mongo).insertOne(new Document("_id", key).append("stage", "QUALIFIED").append("amount", 1200));
                assertThat(docs(mongo).find(new Document("_id", key)).first()).containsEntry("stage", "QUALIFIED");
            }
        }

        // Stopped: nothing listens any more.
        assertThatThrownBy(() -> health(config)).isInstanceOf(ConnectException.class);

        try (LocalInfra infra = new LocalInfra(config).start()) {
            assertHealthUp(config);
            assertTopics(config);
            try (KafkaConsumer<String, String> consumer = consumer(config, "another-" + UUID.randomUUID())) {
                assertThat(readUntil(consumer, key).value()).isEqualTo(value);
            }
            try (Admin admin = admin(config)) {
                Map<TopicPartition, OffsetAndMetadata> committed =
                        admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
                assertThat(committed).isNotEmpty();
            }
            try (MongoClient mongo = mongo(config)) {
                Document doc = docs(mongo).find(new Document("_id", key)).first();
                assertThat(doc).isNotNull().containsEntry("stage", "QUALIFIED").containsEntry("amount", 1200);
            }
        }
    }

    @Test
    void healthBodyNamesTheFailingPart() {
        assertThat(LocalInfra.healthBody(true, true)).isEqualTo("{\"status\":\"UP\",\"kafka\":\"UP\",\"mongo\":\"UP\"}");
        assertThat(LocalInfra.healthBody(false, true)).isEqualTo("{\"status\":\"DOWN\",\"kafka\":\"DOWN\",\"mongo\":\"UP\"}");
        assertThat(LocalInfra.healthBody(true, false)).isEqualTo("{\"status\":\"DOWN\",\"kafka\":\"UP\",\"mongo\":\"DOWN\"}");
    }

    @Test
    void mongoPingFailsWhenNothingListens() throws IOException {
        int port = freePorts(1)[0];
        assertThat(MongoPing.ping("127.0.0.1", port, 500)).isFalse();
    }

    @Test
    void configurationComesFromSystemPropertiesThenEnvironmentThenDefaults() {
        InfraConfig defaults = InfraConfig.from(Map.of(), k -> null);
        assertThat(defaults.kafkaPort()).isEqualTo(9092);
        assertThat(defaults.controllerPort()).isEqualTo(9093);
        assertThat(defaults.mongoPort()).isEqualTo(27017);
        assertThat(defaults.httpPort()).isEqualTo(8090);
        assertThat(defaults.dataDir()).isEqualTo(Path.of(".crm/data").toAbsolutePath());
        assertThat(defaults.kafkaDir()).isEqualTo(defaults.dataDir().resolve("infra/kafka"));
        assertThat(defaults.mongoFile()).isEqualTo(defaults.dataDir().resolve("infra/mongo.mv"));

        Map<String, String> env = Map.of("CRM_DATA_DIR", "/tmp/x", "CRM_KAFKA_PORT", "19092", "CRM_MONGO_PORT", "27018");
        Map<String, String> props = Map.of("crm.kafka.port", "29092");
        InfraConfig custom = InfraConfig.from(env, props::get);
        assertThat(custom.dataDir()).isEqualTo(Path.of("/tmp/x"));
        assertThat(custom.kafkaPort()).isEqualTo(29092);
        assertThat(custom.mongoPort()).isEqualTo(27018);
        assertThat(custom.bootstrapServers()).isEqualTo("127.0.0.1:29092");

        assertThatThrownBy(() -> InfraConfig.from(Map.of("CRM_INFRA_PORT", "abc"), k -> null))
                .hasMessageContaining("CRM_INFRA_PORT");
    }

    private void assertHealthUp(InfraConfig config) throws Exception {
        HttpResponse<String> response = health(config);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"UP\",\"kafka\":\"UP\",\"mongo\":\"UP\"}");
    }

    private HttpResponse<String> health(InfraConfig config) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + config.httpPort() + "/health"))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertTopics(InfraConfig config) throws Exception {
        try (Admin admin = admin(config)) {
            Map<String, TopicDescription> topics =
                    admin.describeTopics(LocalInfra.TOPICS).allTopicNames().get(10, TimeUnit.SECONDS);
            assertThat(topics).containsOnlyKeys(LocalInfra.TOPICS);
            topics.values().forEach(t -> assertThat(t.partitions()).hasSize(3));
        }
    }

    private static ConsumerRecord<String, String> readUntil(KafkaConsumer<String, String> consumer, String key) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (int p = 0; p < LocalInfra.PARTITIONS; p++) {
            partitions.add(new TopicPartition(TOPIC, p));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(250))) {
                if (key.equals(r.key())) {
                    return r;
                }
            }
        }
        throw new AssertionError("record " + key + " not found on " + TOPIC);
    }

    private static KafkaProducer<String, String> producer(InfraConfig config) {
        Map<String, Object> p = new HashMap<>();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    private static KafkaConsumer<String, String> consumer(InfraConfig config, String group) {
        Map<String, Object> p = new HashMap<>();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
    }

    private static Admin admin(InfraConfig config) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers()));
    }

    private static MongoClient mongo(InfraConfig config) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + config.mongoPort()))
                .applyToClusterSettings(b -> b.serverSelectionTimeout(5, TimeUnit.SECONDS))
                .build());
    }

    private static MongoCollection<Document> docs(MongoClient mongo) {
        return mongo.getDatabase("crm_infra_test").getCollection("deals");
    }

    /** Distinct free ports: all sockets are held open together so none is handed out twice. */
    private static int[] freePorts(int n) throws IOException {
        ServerSocket[] sockets = new ServerSocket[n];
        int[] ports = new int[n];
        try {
            for (int i = 0; i < n; i++) {
                sockets[i] = new ServerSocket(0);
                sockets[i].setReuseAddress(true);
                ports[i] = sockets[i].getLocalPort();
            }
        } finally {
            for (ServerSocket s : sockets) {
                if (s != null) {
                    s.close();
                }
            }
        }
        return ports;
    }
}
