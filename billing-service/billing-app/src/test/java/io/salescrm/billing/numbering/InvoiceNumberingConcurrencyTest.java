package io.salescrm.billing.numbering;

import io.salescrm.platform.test.ServiceIntegrationTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 400 invoices issued by 16 threads through two service instances on one event store database: they get exactly
 * the next 400 numbers of the year, each once. {@link InvoiceNumberingOnPostgresTest} does the same on PostgreSQL.
 */
@ServiceIntegrationTest
class InvoiceNumberingConcurrencyTest {

    static final int INVOICES = 400;
    static final int THREADS = 16;

    @Autowired
    CommandGateway gateway;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Environment environment;

    @Test
    void sixteenThreadsOnTwoInstancesIssueFourHundredInvoicesWithoutGapsOrDuplicates() throws Exception {
        assertGapFree(gateway, eventStore, jdbc, environment, "H2");
    }

    static void assertGapFree(CommandGateway gateway, EventStore eventStore, JdbcTemplate jdbc, Environment environment,
                              String database) throws Exception {
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        // the Spring test context may be shared with other tests that issued invoices before
        long before = jdbc.queryForList("SELECT last_number FROM invoice_number_counters WHERE counter_year = ?",
                Long.class, year).stream().findFirst().orElse(0L);
        try (var second = ConcurrentIssuing.secondInstance(environment)) {
            List<String> ids = ConcurrentIssuing.draft(gateway, INVOICES);
            var outcome = ConcurrentIssuing.issue(ids, THREADS,
                    List.of(gateway, second.getBean(CommandGateway.class)), eventStore);

            List<String> expected = LongStream.rangeClosed(before + 1, before + INVOICES)
                    .mapToObj(n -> JdbcInvoiceNumbering.format(year, n)).toList();
            System.out.printf("numbering on %s: %d invoices issued by %d threads over 2 instances in %d ms, "
                            + "%d failures, %d distinct numbers%n", database, INVOICES, THREADS, outcome.millis(),
                    outcome.failures(), outcome.numbers().stream().distinct().count());
            assertThat(outcome.failures()).isZero();
            assertThat(outcome.numbers()).hasSize(INVOICES).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(expected);
            assertThat(jdbc.queryForObject("SELECT last_number FROM invoice_number_counters WHERE counter_year = ?",
                    Long.class, year)).isEqualTo(before + INVOICES);
        }
    }
}
