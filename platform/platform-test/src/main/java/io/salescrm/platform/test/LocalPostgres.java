package io.salescrm.platform.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;

/**
 * A PostgreSQL server on this machine, when there is one (CI serves one on 127.0.0.1:5432 with trust auth).
 * Tests that need it ask {@link #createDatabase()} and skip themselves when it answers empty.
 * Override the server with {@code CRM_TEST_PG_HOST}, {@code CRM_TEST_PG_PORT} and {@code CRM_TEST_PG_USER}.
 */
public final class LocalPostgres {

    private static final String HOST = env("CRM_TEST_PG_HOST", "127.0.0.1");
    private static final String PORT = env("CRM_TEST_PG_PORT", "5432");
    public static final String USER = env("CRM_TEST_PG_USER", "postgres");

    private LocalPostgres() {
    }

    /** Whether a PostgreSQL server answers; for {@code @EnabledIf("io.salescrm.platform.test.LocalPostgres#isAvailable")}. */
    public static boolean isAvailable() {
        try (Connection ignored = DriverManager.getConnection(url("postgres"), USER, "")) {
            return true;
        } catch (SQLException unavailable) {
            return false;
        }
    }

    /** Creates a fresh, uniquely named database and returns its JDBC URL, or empty if no server answers. */
    public static Optional<String> createDatabase() {
        String name = "crm_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection admin = DriverManager.getConnection(url("postgres"), USER, "");
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
            dropAtExit(name);
            return Optional.of(url(name));
        } catch (SQLException unavailable) {
            return Optional.empty();
        }
    }

    /** Test databases are dropped when the test JVM ends (open connections are closed by force, PostgreSQL 13+). */
    private static void dropAtExit(String name) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Connection admin = DriverManager.getConnection(url("postgres"), USER, "");
                 Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (SQLException ignored) {
                // best effort: a leftover test database is harmless
            }
        }, "drop-" + name));
    }

    private static String url(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database + "?connectTimeout=3";
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
