package io.salescrm.billing.numbering;

import io.salescrm.billing.api.invoice.InvoiceIssuedEvent;
import io.salescrm.billing.invoice.InvoiceMother;
import io.salescrm.platform.test.ServiceIntegrationTestOnPostgres;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The counter and the event append share one transaction: when the issue fails after its events were written
 * (the storage engine crashes right after its INSERT), both roll back, and the number goes to the next issue.
 */
@ServiceIntegrationTestOnPostgres
class InvoiceNumberRollbackTest {

    static final AtomicBoolean CRASH_AFTER_APPEND = new AtomicBoolean();

    @TestConfiguration
    static class CrashingStorage {

        @Bean
        static BeanPostProcessor crashAfterAppend() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof EventStorageEngine engine && !(bean instanceof CrashAfterAppend)
                            ? new CrashAfterAppend(engine) : bean;
                }
            };
        }
    }

    @Autowired
    CommandGateway gateway;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anIssueThatFailsAfterWritingItsEventsLeavesNeitherTheEventsNorTheNumberBehind() {
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        String first = draft();
        String crashing = draft();
        String next = draft();
        gateway.sendAndWait(InvoiceMother.issue(first));
        long before = counter(year);

        CRASH_AFTER_APPEND.set(true);
        try {
            assertThatThrownBy(() -> gateway.sendAndWait(InvoiceMother.issue(crashing))).hasMessageContaining("crash");
        } finally {
            CRASH_AFTER_APPEND.set(false);
        }

        assertThat(counter(year)).isEqualTo(before);
        assertThat(numberOf(crashing)).isEmpty();
        gateway.sendAndWait(InvoiceMother.issue(next));
        gateway.sendAndWait(InvoiceMother.issue(crashing));
        assertThat(numberOf(first)).contains(JdbcInvoiceNumbering.format(year, before));
        assertThat(numberOf(next)).contains(JdbcInvoiceNumbering.format(year, before + 1));
        assertThat(numberOf(crashing)).contains(JdbcInvoiceNumbering.format(year, before + 2));
    }

    private String draft() {
        return ConcurrentIssuing.draft(gateway, 1).get(0);
    }

    private long counter(int year) {
        return jdbc.queryForObject("SELECT last_number FROM invoice_number_counters WHERE counter_year = ?", Long.class, year);
    }

    private Optional<String> numberOf(String invoiceId) {
        return eventStore.readEvents(invoiceId).asStream()
                .filter(e -> e.getPayload() instanceof InvoiceIssuedEvent)
                .map(e -> ((InvoiceIssuedEvent) e.getPayload()).number())
                .findFirst();
    }

    /** The real storage engine, failing right after it appended an InvoiceIssuedEvent while the test asks it to. */
    record CrashAfterAppend(EventStorageEngine delegate) implements EventStorageEngine {

        @Override
        public void appendEvents(List<? extends EventMessage<?>> events) {
            delegate.appendEvents(events);
            if (CRASH_AFTER_APPEND.get() && events.stream().anyMatch(e -> e.getPayload() instanceof InvoiceIssuedEvent)) {
                throw new IllegalStateException("simulated crash after the events were written");
            }
        }

        @Override
        public void storeSnapshot(org.axonframework.eventhandling.DomainEventMessage<?> snapshot) {
            delegate.storeSnapshot(snapshot);
        }

        @Override
        public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
            return delegate.readEvents(trackingToken, mayBlock);
        }

        @Override
        public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
            return delegate.readEvents(aggregateIdentifier, firstSequenceNumber);
        }

        @Override
        public Optional<org.axonframework.eventhandling.DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
            return delegate.readSnapshot(aggregateIdentifier);
        }

        @Override
        public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
            return delegate.lastSequenceNumberFor(aggregateIdentifier);
        }

        @Override
        public TrackingToken createTailToken() {
            return delegate.createTailToken();
        }

        @Override
        public TrackingToken createHeadToken() {
            return delegate.createHeadToken();
        }

        @Override
        public TrackingToken createTokenAt(Instant dateTime) {
            return delegate.createTokenAt(dateTime);
        }
    }
}
