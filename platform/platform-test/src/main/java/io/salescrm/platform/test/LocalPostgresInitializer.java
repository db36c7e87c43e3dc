package io.salescrm.platform.test;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;

/** Moves a test context's event store from in-memory H2 to a fresh database on the local PostgreSQL server. */
@Order(1)
public class LocalPostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String url = LocalPostgres.createDatabase()
                .orElseThrow(() -> new IllegalStateException("no PostgreSQL server answers; guard the test with "
                        + "@EnabledIf(\"io.salescrm.platform.test.LocalPostgres#isAvailable\")"));
        TestPropertyValues.of(
                "spring.datasource.url=" + url,
                "spring.datasource.username=" + LocalPostgres.USER,
                "spring.datasource.password="
        ).applyTo(context);
    }
}
