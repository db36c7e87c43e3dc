package io.salescrm.org.employee.config;

import io.salescrm.org.SalesOrgApplication;
import io.salescrm.org.api.employee.InitialAdministrator;
import io.salescrm.org.api.orgunit.OrgStructure;
import io.salescrm.org.api.orgunit.OrgUnitCreatedEvent;
import io.salescrm.org.api.orgunit.OrgUnitKind;
import io.salescrm.platform.test.EmbeddedInfrastructure;
import io.salescrm.platform.test.LocalPostgres;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first start creates the company and the administrator once: a restart finds them and adds nothing, and two
 * instances starting together on one PostgreSQL event store both come up with one company and one administrator.
 */
class InitialOrganisationRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void aRestartDoesNotCreateASecondCompanyOrAdministrator() {
        String mongoDatabase = "first_start_" + UUID.randomUUID().toString().substring(0, 8);
        long eventsAfterFirstStart;
        try (ConfigurableApplicationContext first = start(mongoDatabase, "--crm.data-dir=" + dataDir)) {
            assertOneCompanyAndOneAdministrator(first);
            eventsAfterFirstStart = orgAndAdminEvents(first);
        }
        try (ConfigurableApplicationContext second = start(mongoDatabase, "--crm.data-dir=" + dataDir)) {
            assertOneCompanyAndOneAdministrator(second);
            assertThat(orgAndAdminEvents(second)).isEqualTo(eventsAfterFirstStart);
        }
    }

    @Test
    @EnabledIf("io.salescrm.platform.test.LocalPostgres#isAvailable")
    void twoInstancesStartingTogetherCreateOneCompanyAndOneAdministrator() throws Exception {
        String url = LocalPostgres.createDatabase().orElseThrow();
        String mongoDatabase = "first_start_pg_" + UUID.randomUUID().toString().substring(0, 8);
        String[] postgres = {"--spring.datasource.url=" + url, "--spring.datasource.username=" + LocalPostgres.USER,
                "--spring.datasource.password="};
        ExecutorService starter = Executors.newFixedThreadPool(2);
        List<Future<ConfigurableApplicationContext>> starts = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                starts.add(starter.submit(() -> start(mongoDatabase, postgres)));
            }
            List<ConfigurableApplicationContext> instances = new ArrayList<>();
            try {
                for (Future<ConfigurableApplicationContext> start : starts) {
                    instances.add(start.get());
                }
                for (ConfigurableApplicationContext instance : instances) {
                    assertOneCompanyAndOneAdministrator(instance);
                }
            } finally {
                instances.forEach(ConfigurableApplicationContext::close);
            }
        } finally {
            starter.shutdownNow();
        }
    }

    private static ConfigurableApplicationContext start(String mongoDatabase, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--axon.kafka.bootstrap-servers=" + EmbeddedInfrastructure.kafkaBootstrapServers(),
                "--spring.data.mongodb.uri=" + EmbeddedInfrastructure.mongoUri(),
                "--spring.data.mongodb.database=" + mongoDatabase,
                "--logging.structured.format.console="));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(SalesOrgApplication.class).run(args.toArray(String[]::new));
    }

    private static void assertOneCompanyAndOneAdministrator(ConfigurableApplicationContext context) {
        EventStore eventStore = context.getBean(EventStore.class);
        long companies = eventStore.readEvents(OrgStructure.ID, 0).asStream()
                .filter(event -> event.getPayload() instanceof OrgUnitCreatedEvent created && created.kind() == OrgUnitKind.COMPANY)
                .count();
        assertThat(companies).isEqualTo(1);
        assertThat(eventStore.readEvents(InitialAdministrator.EMPLOYEE_ID, 0).asStream().count()).isEqualTo(1);
        assertThat(context.getBean(JdbcTemplate.class).queryForObject(
                "SELECT COUNT(*) FROM employee_credentials WHERE login = 'admin'", Long.class)).isEqualTo(1);
    }

    private static long orgAndAdminEvents(ConfigurableApplicationContext context) {
        EventStore eventStore = context.getBean(EventStore.class);
        return eventStore.readEvents(OrgStructure.ID, 0).asStream().count()
               + eventStore.readEvents(InitialAdministrator.EMPLOYEE_ID, 0).asStream().count();
    }
}
