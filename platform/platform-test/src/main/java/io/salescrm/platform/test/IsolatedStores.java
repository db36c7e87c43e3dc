package io.salescrm.platform.test;

import java.util.List;
import java.util.UUID;

/** Properties giving one test context its own in-memory event store and its own read-model database. */
final class IsolatedStores {

    private IsolatedStores() {
    }

    static List<String> properties() {
        String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return List.of(
                "spring.data.mongodb.database=test_" + unique,
                "spring.datasource.url=jdbc:h2:mem:eventstore_" + unique + ";DB_CLOSE_DELAY=-1",
                "axon.kafka.consumer.client-id=consumer-" + unique,
                // plain text logs in test reports
                "logging.structured.format.console=");
    }
}
