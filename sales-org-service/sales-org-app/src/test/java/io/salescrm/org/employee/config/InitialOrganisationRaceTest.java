package io.salescrm.org.employee.config;

import io.salescrm.org.api.employee.InitialAdministrator;
import io.salescrm.org.api.orgunit.CreateOrgUnitCommand;
import io.salescrm.org.api.orgunit.OrgStructure;
import io.salescrm.org.employee.command.EmployeeAccounts;
import io.salescrm.org.orgunit.query.OrgUnitQueries;
import io.salescrm.platform.rules.ConflictException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

import java.time.Duration;
import java.util.Optional;

import static io.salescrm.org.orgunit.OrgUnitMother.COMPANY;
import static io.salescrm.org.orgunit.OrgUnitMother.companyCreated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** A second instance that loses the first-start race to another one takes the other's result and starts normally. */
class InitialOrganisationRaceTest {

    private final CommandGateway commands = mock(CommandGateway.class);
    private final EventStore eventStore = mock(EventStore.class);
    private final EmployeeAccounts accounts = mock(EmployeeAccounts.class);
    private final OrgUnitQueries units = mock(OrgUnitQueries.class);
    private final InitialOrganisation runner = new InitialOrganisation(commands, eventStore, accounts, units,
            "Acme", "admin", "admin@crm.local", Duration.ofSeconds(1));

    @Test
    void losingTheCompanyCreationToAnotherInstanceTakesItsCompany() {
        when(eventStore.readEvents(OrgStructure.ID, 0))
                .thenReturn(DomainEventStream.empty())
                .thenReturn(DomainEventStream.of(new GenericDomainEventMessage<>("OrgStructureAggregate", OrgStructure.ID, 0, companyCreated())));
        when(commands.sendAndWait(any(CreateOrgUnitCommand.class)))
                .thenThrow(new AggregateStreamCreationException("created meanwhile"));

        assertThat(runner.ensureCompany()).isEqualTo(COMPANY);
    }

    @Test
    void losingTheAdministratorsHiringToAnotherInstanceIsFine() {
        when(eventStore.lastSequenceNumberFor(InitialAdministrator.EMPLOYEE_ID)).thenReturn(Optional.empty());
        when(units.exists(COMPANY)).thenReturn(true);
        doThrow(new ConflictException("login-taken", "The login admin is already taken."))
                .when(accounts).hireInitialAdministrator(eq(COMPANY), anyString(), anyString(), anyString());

        assertThatCode(() -> runner.ensureAdministrator(COMPANY)).doesNotThrowAnyException();
    }

    @Test
    void aStartAfterTheFirstChangesNothing() {
        when(eventStore.readEvents(OrgStructure.ID, 0))
                .thenReturn(DomainEventStream.of(new GenericDomainEventMessage<>("OrgStructureAggregate", OrgStructure.ID, 0, companyCreated())));
        when(eventStore.lastSequenceNumberFor(InitialAdministrator.EMPLOYEE_ID)).thenReturn(Optional.of(0L));

        runner.run(new DefaultApplicationArguments());

        verify(commands, never()).sendAndWait(any());
        verify(accounts, never()).hireInitialAdministrator(anyString(), anyString(), anyString(), anyString());
    }
}
