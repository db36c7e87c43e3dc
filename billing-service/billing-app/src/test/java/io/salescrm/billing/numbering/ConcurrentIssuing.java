package io.salescrm.billing.numbering;

import io.salescrm.billing.BillingApplication;
import io.salescrm.billing.api.invoice.InvoiceIssuedEvent;
import io.salescrm.billing.invoice.InvoiceMother;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Drafts invoices, then issues them from many threads spread over two instances of the service on one event store
 * database, and collects the numbers they got. Shared by the H2 and PostgreSQL numbering tests.
 */
final class ConcurrentIssuing {

    record Outcome(List<String> numbers, int failures, long millis) {
    }

    private ConcurrentIssuing() {
    }

    /** A second billing instance sharing the first one's event store database (and its broker and read models). */
    static ConfigurableApplicationContext secondInstance(Environment first) {
        // command-line arguments: they outrank the platform defaults and application.yml
        return new SpringApplicationBuilder(BillingApplication.class).run(Stream.of(
                        "server.port=0",
                        "spring.datasource.url=" + first.getProperty("spring.datasource.url"),
                        "spring.datasource.username=" + first.getProperty("spring.datasource.username"),
                        "spring.datasource.password=" + first.getProperty("spring.datasource.password", ""),
                        "spring.data.mongodb.uri=" + first.getProperty("spring.data.mongodb.uri"),
                        "spring.data.mongodb.database=" + first.getProperty("spring.data.mongodb.database"),
                        "axon.kafka.bootstrap-servers=" + first.getProperty("axon.kafka.bootstrap-servers"),
                        "axon.kafka.consumer.client-id=second-" + UUID.randomUUID(),
                        "crm.security.public-key-location=" + first.getProperty("crm.security.public-key-location"),
                        "crm.security.issuer=" + first.getProperty("crm.security.issuer"),
                        "logging.structured.format.console=")
                .map(property -> "--" + property).toArray(String[]::new));
    }

    static List<String> draft(CommandGateway gateway, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = UUID.randomUUID().toString();
            gateway.sendAndWait(InvoiceMother.create(id));
            ids.add(id);
        }
        return ids;
    }

    /** Issues every draft, thread {@code t} through gateway {@code t % gateways.size()}. */
    static Outcome issue(List<String> ids, int threads, List<CommandGateway> gateways, EventStore eventStore)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            CommandGateway gateway = gateways.get(t % gateways.size());
            List<String> share = new ArrayList<>();
            for (int i = t; i < ids.size(); i += threads) {
                share.add(ids.get(i));
            }
            futures.add(pool.submit(() -> share.forEach(id -> {
                try {
                    gateway.sendAndWait(InvoiceMother.issue(id));
                } catch (RuntimeException e) {
                    failures.add(e);
                }
            })));
        }
        pool.shutdown();
        if (!pool.awaitTermination(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException("issuing did not finish");
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        failures.forEach(Throwable::printStackTrace);
        List<String> numbers = new ArrayList<>();
        for (String id : ids) {
            eventStore.readEvents(id).asStream()
                    .filter(e -> e.getPayload() instanceof InvoiceIssuedEvent)
                    .forEach(e -> numbers.add(((InvoiceIssuedEvent) e.getPayload()).number()));
        }
        return new Outcome(numbers, failures.size(), millis);
    }
}
