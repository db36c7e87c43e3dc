package io.salescrm.platform.kafka;

import org.apache.kafka.clients.admin.AdminClient;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** UP when the broker answers and every topic this service publishes to or consumes exists. */
public class KafkaHealthIndicator extends AbstractHealthIndicator {

    private final AdminClient adminClient;
    private final ServiceTopics topics;

    public KafkaHealthIndicator(AdminClient adminClient, ServiceTopics topics) {
        super("Kafka health check failed");
        this.adminClient = adminClient;
        this.topics = topics;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        String clusterId = adminClient.describeCluster().clusterId().get(3, TimeUnit.SECONDS);
        Set<String> existing = adminClient.listTopics().names().get(3, TimeUnit.SECONDS);
        List<String> needed = new ArrayList<>(topics.consumes());
        topics.publishes().ifPresent(needed::add);
        List<String> missing = needed.stream().filter(t -> !existing.contains(t)).toList();
        builder.withDetail("clusterId", clusterId)
                .withDetail("publishes", topics.publishes().orElse("nothing"))
                .withDetail("consumes", topics.consumes());
        if (missing.isEmpty()) {
            builder.up();
        } else {
            builder.down().withDetail("missingTopics", missing);
        }
    }
}
