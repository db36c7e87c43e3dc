package io.salescrm.org.employee.config;

import io.salescrm.org.api.employee.InitialAdministrator;
import io.salescrm.org.api.orgunit.OrgStructure;
import io.salescrm.org.api.orgunit.OrgUnitCreatedEvent;
import io.salescrm.org.api.orgunit.OrgUnitKind;
import io.salescrm.platform.test.ServiceIntegrationTest;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The first-start runner in the running service: the company and the administrator exist; running it again adds nothing. */
@ServiceIntegrationTest
class InitialOrganisationTest {

    @Autowired
    InitialOrganisation initialOrganisation;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theCompanyAndTheAdministratorExistAndASecondRunAddsNothing() {
        assertThat(eventStore.lastSequenceNumberFor(InitialAdministrator.EMPLOYEE_ID)).isPresent();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM employee_credentials WHERE employee_id = 'admin' AND login = 'admin'",
                Long.class)).isEqualTo(1);
        long events = jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);

        initialOrganisation.run(new DefaultApplicationArguments());

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class)).isEqualTo(events);
        assertThat(eventStore.readEvents(OrgStructure.ID, 0).asStream()
                .filter(event -> event.getPayload() instanceof OrgUnitCreatedEvent created && created.kind() == OrgUnitKind.COMPANY))
                .hasSize(1);
    }
}
