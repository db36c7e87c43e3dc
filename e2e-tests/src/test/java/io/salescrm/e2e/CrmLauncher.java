package io.salescrm.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Drives the repository's {@code ./crm} launcher on free ports with its own home directory, so the test
 * exercises exactly what a developer runs, beside any instance the developer already has.
 */
final class CrmLauncher {

    private final Path repo;
    private final Path home;
    private final Map<String, String> env = new LinkedHashMap<>();

    CrmLauncher(Path repo, Path home) {
        this.repo = repo;
        this.home = home;
        env.put("CRM_HOME", home.toString());
        env.put("CRM_SKIP_BUILD", "1");
        List<String> ports = List.of("CRM_INFRA_PORT", "CRM_KAFKA_PORT", "CRM_KAFKA_CONTROLLER_PORT", "CRM_MONGO_PORT",
                "CRM_CATALOG_PORT", "CRM_ORG_PORT", "CRM_PIPELINE_PORT", "CRM_BILLING_PORT", "CRM_ANALYTICS_PORT",
                "CRM_GATEWAY_PORT");
        List<Integer> free = freePorts(ports.size());
        for (int i = 0; i < ports.size(); i++) {
            env.put(ports.get(i), Integer.toString(free.get(i)));
        }
    }

    String gatewayUrl() {
        return "http://127.0.0.1:" + env.get("CRM_GATEWAY_PORT");
    }

    String kafkaBootstrapServers() {
        return "127.0.0.1:" + env.get("CRM_KAFKA_PORT");
    }

    /** Runs {@code ./crm <command>} and returns its output; fails with the output when it exits non-zero. */
    String run(String command, long timeoutSeconds) {
        try {
            Files.createDirectories(home);
            Path log = home.resolve("crm-" + command + ".out");
            ProcessBuilder builder = new ProcessBuilder("bash", repo.resolve("crm").toString(), command)
                    .directory(repo.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("./crm " + command + " did not finish in " + timeoutSeconds + " s:\n" + Files.readString(log));
            }
            String output = Files.readString(log);
            if (process.exitValue() != 0) {
                throw new AssertionError("./crm " + command + " exited " + process.exitValue() + ":\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Distinct free ports: all sockets stay open until every port is chosen, so none is handed out twice. */
    private static List<Integer> freePorts(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0));
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // the port is free again either way
                }
            }
        }
    }
}
