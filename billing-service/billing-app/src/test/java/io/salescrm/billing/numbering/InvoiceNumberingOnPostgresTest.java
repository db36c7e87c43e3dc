package io.salescrm.billing.numbering;

import io.salescrm.platform.test.ServiceIntegrationTestOnPostgres;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@link InvoiceNumberingConcurrencyTest} on the local PostgreSQL server (skipped where none answers). */
@ServiceIntegrationTestOnPostgres
class InvoiceNumberingOnPostgresTest {

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
        InvoiceNumberingConcurrencyTest.assertGapFree(gateway, eventStore, jdbc, environment, "PostgreSQL");
    }
}
