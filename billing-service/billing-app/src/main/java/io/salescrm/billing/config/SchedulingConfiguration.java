package io.salescrm.billing.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The service's own periodic jobs (e.g. quote expiry) run on Spring's scheduler. */
@Configuration
@EnableScheduling
public class SchedulingConfiguration {
}
