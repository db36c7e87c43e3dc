package io.salescrm.infra;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Local infrastructure for the CRM in one JVM, on loopback:
 * <ul>
 *   <li>a real Apache Kafka broker in KRaft mode (single node, broker + controller), data on disk;</li>
 *   <li>a MongoDB wire-protocol server (mongo-java-server, H2 MVStore file backend);</li>
 *   <li>the CRM topics, created if missing;</li>
 *   <li>{@code GET /health} on a small JDK HTTP server.</li>
 * </ul>
 * Settings: see {@link InfraConfig}. Stops cleanly on SIGTERM (shutdown hook).
 */
public final class LocalInfra implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalInfra.class);

    /** The topics the services publish to; created with {@link #PARTITIONS} partitions, replication 1. */
    public static final List<String> TOPICS = List.of(
            "crm.catalog.events", "crm.org.events", "crm.pipeline.events", "crm.billing.events");
    public static final int PARTITIONS = 3;

    static final String UP_BODY = "{\"status\":\"UP\",\"kafka\":\"UP\",\"mongo\":\"UP\"}";
    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final int CHECK_TIMEOUT_MS = 2000;

    private final InfraConfig config;
    private KafkaRaftServer kafka;
    private Admin admin;
    private MongoServer mongo;
    private HttpServer http;
    private ExecutorService httpExecutor;
    private boolean closed;

    public LocalInfra(InfraConfig config) {
        this.config = config;
    }

    public InfraConfig config() {
        return config;
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        InfraConfig config;
        try {
            config = InfraConfig.fromEnvironment();
        } catch (IllegalArgumentException e) {
            log.error("Bad configuration: {}", e.getMessage());
            System.exit(2);
            return;
        }
        LocalInfra infra = new LocalInfra(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Stop requested (signal): stopping local infra");
            infra.close();
            stopped.countDown();
        }, "crm-infra-shutdown"));
        try {
            infra.start();
        } catch (Throwable e) {
            log.error("Local infra failed to start: {}", e.toString(), e);
            System.exit(1);
        }
        log.info("Local infra ready in {} ms (data dir {}, pid {})",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0), config.dataDir(), ProcessHandle.current().pid());
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts Mongo, Kafka, creates the topics, then opens the health endpoint. Blocks until all are ready. */
    public synchronized LocalInfra start() throws Exception {
        if (closed) {
            throw new IllegalStateException("closed");
        }
        Files.createDirectories(config.kafkaDir());
        startMongo();
        startKafka();
        createTopics();
        startHttp();
        return this;
    }

    private void startMongo() {
        long t0 = System.nanoTime();
        H2Backend backend = new CrmH2Backend(config.mongoFile().toString());
        mongo = new MongoServer(backend);
        try {
            mongo.bind(config.host(), config.mongoPort());
        } catch (RuntimeException e) {
            // MongoServer.bind closes the backend (and the MVStore file) itself on failure.
            mongo = null;
            throw new IllegalStateException("MongoDB wire server could not bind " + config.host() + ":"
                    + config.mongoPort() + " (" + e + ")", e);
        }
        log.info("MongoDB (mongo-java-server, H2 file {}) ready on mongodb://{}:{} in {} ms",
                config.mongoFile(), config.host(), config.mongoPort(), millisSince(t0));
    }

    private void startKafka() throws Exception {
        long t0 = System.nanoTime();
        Properties props = kafkaProperties();
        formatStorageIfNeeded(props);
        KafkaConfig kafkaConfig = KafkaConfig.fromProps(props, false);
        kafka = new KafkaRaftServer(kafkaConfig, Time.SYSTEM);
        // Returns once the broker is registered and unfenced (it waits for that itself).
        kafka.startup();
        Map<String, Object> adminProps = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers(),
                AdminClientConfig.CLIENT_ID_CONFIG, "crm-local-infra",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        admin = Admin.create(adminProps);
        admin.describeCluster().nodes().get(30, TimeUnit.SECONDS);
        log.info("Kafka {} (KRaft broker+controller, {}) ready on {} (controller port {}) in {} ms",
                kafkaVersion(), config.kafkaDir(), config.bootstrapServers(), config.controllerPort(), millisSince(t0));
    }

    Properties kafkaProperties() {
        String host = config.host();
        String logDir = config.kafkaDir().toString();
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@" + host + ":" + config.controllerPort());
        p.put("listeners", "PLAINTEXT://" + host + ":" + config.kafkaPort()
                + "," + CONTROLLER_LISTENER + "://" + host + ":" + config.controllerPort());
        p.put("advertised.listeners", "PLAINTEXT://" + host + ":" + config.kafkaPort());
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.put("controller.listener.names", CONTROLLER_LISTENER);
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", logDir);
        p.put("metadata.log.dir", logDir);

        // One node: every replication factor and ISR is 1.
        p.put("num.partitions", String.valueOf(PARTITIONS));
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("share.coordinator.state.topic.num.partitions", "3");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "true");
        // After a crash (kill -9) the restarted broker cannot register until the old incarnation's session
        // expires: 9 s by default. In-process heartbeats over loopback allow a shorter session.
        p.put("broker.session.timeout.ms", "5000");
        p.put("broker.heartbeat.interval.ms", "1000");

        // Modest footprint: it runs on a laptop beside six other JVMs.
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "2");
        p.put("background.threads", "2");
        p.put("num.recovery.threads.per.data.dir", "1");
        p.put("num.replica.fetchers", "1");
        p.put("log.cleaner.threads", "1");
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        p.put("log.cleaner.io.buffer.size", String.valueOf(256 * 1024));
        p.put("log.segment.bytes", String.valueOf(16 * 1024 * 1024));
        p.put("log.index.size.max.bytes", String.valueOf(1024 * 1024));
        p.put("metadata.log.segment.bytes", String.valueOf(8 * 1024 * 1024));
        p.put("socket.send.buffer.bytes", String.valueOf(128 * 1024));
        p.put("socket.receive.buffer.bytes", String.valueOf(128 * 1024));
        // The events are the system of record's change feed: keep them (local disk, small volumes).
        p.put("log.retention.ms", "-1");
        p.put("log.retention.check.interval.ms", String.valueOf(5 * 60 * 1000));
        return p;
    }

    /** Formats the KRaft storage the first time only (the same as {@code kafka-storage.sh format}). */
    private void formatStorageIfNeeded(Properties props) throws Exception {
        Path meta = config.kafkaDir().resolve("meta.properties");
        if (Files.exists(meta)) {
            return;
        }
        String clusterId = Uuid.randomUuid().toString();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            new Formatter()
                    .setPrintStream(ps)
                    .setNodeId(NODE_ID)
                    .setClusterId(clusterId)
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setMetadataLogDirectory(props.getProperty("metadata.log.dir"))
                    .setDirectories(List.of(props.getProperty("log.dirs")))
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .setUnstableFeatureVersionsEnabled(false)
                    .setIgnoreFormatted(false)
                    .run();
        }
        log.info("Formatted new KRaft storage in {} (cluster id {}): {}", config.kafkaDir(), clusterId,
                out.toString(StandardCharsets.UTF_8).trim().replace('\n', ' '));
    }

    /** Creates the CRM topics that do not exist yet (idempotent). */
    private void createTopics() throws Exception {
        Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
        List<NewTopic> missing = new ArrayList<>();
        for (String topic : TOPICS) {
            if (!existing.contains(topic)) {
                missing.add(new NewTopic(topic, PARTITIONS, (short) 1));
            }
        }
        if (!missing.isEmpty()) {
            for (var entry : admin.createTopics(missing).values().entrySet()) {
                try {
                    entry.getValue().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        }
        log.info("Topics ready ({} partitions each): {}{}", PARTITIONS, TOPICS,
                missing.isEmpty() ? " (all existed)" : " (created " + missing.size() + ")");
    }

    private void startHttp() throws IOException {
        http = HttpServer.create(new InetSocketAddress(config.host(), config.httpPort()), 16);
        httpExecutor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "crm-infra-http");
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(httpExecutor);
        http.createContext("/", this::handle);
        http.start();
        log.info("Health endpoint ready on http://{}:{}/health", config.host(), config.httpPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (!path.equals("/health") && !path.equals("/health/")) {
                respond(exchange, 404, "{\"error\":\"not found\"}");
            } else if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().add("Allow", "GET, HEAD");
                respond(exchange, 405, "{\"error\":\"method not allowed\"}");
            } else {
                boolean kafkaUp = kafkaUp();
                boolean mongoUp = mongoUp();
                respond(exchange, kafkaUp && mongoUp ? 200 : 503, healthBody(kafkaUp, mongoUp));
            }
        }
    }

    static String healthBody(boolean kafkaUp, boolean mongoUp) {
        if (kafkaUp && mongoUp) {
            return UP_BODY;
        }
        return "{\"status\":\"DOWN\",\"kafka\":\"" + (kafkaUp ? "UP" : "DOWN")
                + "\",\"mongo\":\"" + (mongoUp ? "UP" : "DOWN") + "\"}";
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(bytes);
        }
    }

    /** The broker answers a DescribeCluster with at least one node. */
    public boolean kafkaUp() {
        Admin a = admin;
        if (a == null) {
            return false;
        }
        try {
            return !a.describeCluster(new DescribeClusterOptions().timeoutMs(CHECK_TIMEOUT_MS))
                    .nodes().get(CHECK_TIMEOUT_MS + 500L, TimeUnit.MILLISECONDS).isEmpty();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return false;
        }
    }

    /** The wire server answers {@code ping}. */
    public boolean mongoUp() {
        return mongo != null && MongoPing.ping(config.host(), config.mongoPort(), CHECK_TIMEOUT_MS);
    }

    /** Stops the health endpoint, then Mongo (closing the MVStore), then the Kafka broker. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        long t0 = System.nanoTime();
        if (http != null) {
            run("health endpoint", () -> http.stop(0));
            httpExecutor.shutdownNow();
            http = null;
        }
        if (mongo != null) {
            run("MongoDB wire server", mongo::shutdownNow);
            mongo = null;
        }
        if (admin != null) {
            run("Kafka admin client", () -> admin.close(java.time.Duration.ofSeconds(5)));
            admin = null;
        }
        if (kafka != null) {
            run("Kafka broker", () -> {
                kafka.shutdown();
                kafka.awaitShutdown();
            });
            kafka = null;
        }
        log.info("Local infra stopped in {} ms", millisSince(t0));
    }

    private static void run(String what, Runnable action) {
        try {
            action.run();
            log.info("Stopped {}", what);
        } catch (RuntimeException e) {
            log.warn("Error while stopping {}: {}", what, e.toString(), e);
        }
    }

    private static String kafkaVersion() {
        return org.apache.kafka.common.utils.AppInfoParser.getVersion();
    }

    private static long millisSince(long t0) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    }
}
