package io.salescrm.platform.config;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Adds {@code platform-defaults.properties} as the lowest-priority property source, so every service shares one
 * set of defaults (connections from environment variables, Axon and Kafka settings) and its own
 * {@code application.yml} only says what is particular to it.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final String RESOURCE = "platform-defaults.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        // Axon prints an advertisement banner at start unless this system property is set.
        System.setProperty("disable-axoniq-console-message", "true");
        try {
            environment.getPropertySources().addLast(new ResourcePropertySource("platformDefaults", new ClassPathResource(RESOURCE)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
