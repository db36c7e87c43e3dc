package io.salescrm.infra;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/**
 * Settings of {@link LocalInfra}. Each one is read from a system property (e.g. {@code -Dcrm.kafka.port=9092}),
 * else from the environment variable (e.g. {@code CRM_KAFKA_PORT}), else a default.
 *
 * @param dataDir        root data directory ({@code CRM_DATA_DIR}); infra keeps its files under {@code infra/}
 * @param host           the loopback address every listener binds to
 * @param kafkaPort      Kafka client listener ({@code CRM_KAFKA_PORT})
 * @param controllerPort KRaft controller listener ({@code CRM_KAFKA_CONTROLLER_PORT})
 * @param mongoPort      MongoDB wire-protocol server ({@code CRM_MONGO_PORT})
 * @param httpPort       health endpoint ({@code CRM_INFRA_PORT})
 */
public record InfraConfig(Path dataDir, String host, int kafkaPort, int controllerPort, int mongoPort, int httpPort) {

    public static final String DEFAULT_DATA_DIR = "./.crm/data";
    public static final String LOOPBACK = "127.0.0.1";

    public InfraConfig {
        dataDir = dataDir.toAbsolutePath().normalize();
    }

    /** Kafka's log (and KRaft metadata) directory. */
    public Path kafkaDir() {
        return dataDir.resolve("infra").resolve("kafka");
    }

    /** The H2 MVStore file holding every Mongo database. */
    public Path mongoFile() {
        return dataDir.resolve("infra").resolve("mongo.mv");
    }

    public String bootstrapServers() {
        return host + ":" + kafkaPort;
    }

    public static InfraConfig fromEnvironment() {
        return from(System.getenv(), System::getProperty);
    }

    static InfraConfig from(Map<String, String> env, Function<String, String> sysProps) {
        Function<String, String> get = envName -> {
            String prop = envName.toLowerCase().replace('_', '.');
            String v = sysProps.apply(prop);
            if (v == null || v.isBlank()) {
                v = env.get(envName);
            }
            return v == null || v.isBlank() ? null : v.trim();
        };
        String dataDir = get.apply("CRM_DATA_DIR");
        return new InfraConfig(
                Path.of(dataDir == null ? DEFAULT_DATA_DIR : dataDir),
                LOOPBACK,
                port(get, "CRM_KAFKA_PORT", 9092),
                port(get, "CRM_KAFKA_CONTROLLER_PORT", 9093),
                port(get, "CRM_MONGO_PORT", 27017),
                port(get, "CRM_INFRA_PORT", 8090));
    }

    private static int port(Function<String, String> get, String name, int defaultPort) {
        String v = get.apply(name);
        if (v == null) {
            return defaultPort;
        }
        try {
            int p = Integer.parseInt(v);
            if (p < 1 || p > 65535) {
                throw new NumberFormatException();
            }
            return p;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a TCP port (1-65535), got '" + v + "'");
        }
    }
}
