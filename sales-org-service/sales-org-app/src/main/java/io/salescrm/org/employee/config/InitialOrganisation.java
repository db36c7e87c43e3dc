package io.salescrm.org.employee.config;

import io.salescrm.org.api.employee.InitialAdministrator;
import io.salescrm.org.api.orgunit.CreateOrgUnitCommand;
import io.salescrm.org.api.orgunit.OrgStructure;
import io.salescrm.org.api.orgunit.OrgUnitCreatedEvent;
import io.salescrm.org.api.orgunit.OrgUnitKind;
import io.salescrm.org.employee.command.EmployeeAccounts;
import io.salescrm.org.orgunit.query.OrgUnitQueries;
import io.salescrm.platform.rules.ConflictException;
import io.salescrm.platform.rules.RuleViolationException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * First start of an installation (embedded default and production alike): creates the company unit
 * ({@code crm.org.company-name}) and hires the initial administrator ({@link InitialAdministrator}, login
 * {@code admin}, password {@code crm.org.admin-password} = {@code CRM_ADMIN_PASSWORD}, {@code admin} by default)
 * into it. Idempotent: each step first looks into the event store and is skipped when done; a second instance
 * racing this one loses the creation (AggregateStreamCreationException, a taken login) and takes that as done.
 * The roles runner ({@code @Order(20)}) then gives the administrator the Administrator role.
 */
@Component
@Order(10)
public class InitialOrganisation implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialOrganisation.class);

    private final CommandGateway commands;
    private final EventStore eventStore;
    private final EmployeeAccounts accounts;
    private final OrgUnitQueries units;
    private final String companyName;
    private final String adminPassword;
    private final String adminEmail;
    private final Duration readModelWait;

    public InitialOrganisation(CommandGateway commands, EventStore eventStore, EmployeeAccounts accounts, OrgUnitQueries units,
                               @Value("${crm.org.company-name:Company}") String companyName,
                               @Value("${crm.org.admin-password:admin}") String adminPassword,
                               @Value("${crm.org.admin-email:admin@crm.local}") String adminEmail,
                               @Value("${crm.org.first-start-wait:PT60S}") Duration readModelWait) {
        this.commands = commands;
        this.eventStore = eventStore;
        this.accounts = accounts;
        this.units = units;
        this.companyName = companyName;
        this.adminPassword = adminPassword;
        this.adminEmail = adminEmail;
        this.readModelWait = readModelWait;
    }

    @Override
    public void run(ApplicationArguments args) {
        String companyUnitId = ensureCompany();
        ensureAdministrator(companyUnitId);
    }

    /** The company unit's id, creating the company when the org structure has none yet. */
    String ensureCompany() {
        Optional<String> existing = companyUnitId();
        if (existing.isPresent()) {
            return existing.get();
        }
        String unitId = UUID.randomUUID().toString();
        try {
            commands.sendAndWait(new CreateOrgUnitCommand(OrgStructure.ID, unitId, OrgUnitKind.COMPANY, companyName, null));
            log.info("First start: created the company unit \"{}\" ({})", companyName, unitId);
            return unitId;
        } catch (AggregateStreamCreationException | ConcurrencyException | RuleViolationException createdElsewhere) {
            log.info("First start: the company was created by another instance meanwhile");
            return companyUnitId().orElseThrow(() -> createdElsewhere);
        }
    }

    void ensureAdministrator(String companyUnitId) {
        if (eventStore.lastSequenceNumberFor(InitialAdministrator.EMPLOYEE_ID).isPresent()) {
            return;
        }
        awaitUnitInReadModel(companyUnitId);
        try {
            accounts.hireInitialAdministrator(companyUnitId, adminPassword, "Administrator", adminEmail);
            log.info("First start: hired the initial administrator (login {})", InitialAdministrator.LOGIN);
            if ("admin".equals(adminPassword)) {
                log.warn("The initial administrator's password is the default 'admin': change it after the first "
                         + "sign-in, or set CRM_ADMIN_PASSWORD before the first start of a real installation.");
            }
        } catch (ConflictException | AggregateStreamCreationException | ConcurrencyException hiredElsewhere) {
            log.info("First start: the initial administrator was hired by another instance meanwhile");
        }
    }

    /** The company is the first event of the org structure. */
    private Optional<String> companyUnitId() {
        DomainEventStream stream = eventStore.readEvents(OrgStructure.ID, 0);
        if (!stream.hasNext()) {
            return Optional.empty();
        }
        DomainEventMessage<?> first = stream.next();
        if (first.getPayload() instanceof OrgUnitCreatedEvent created && created.kind() == OrgUnitKind.COMPANY) {
            return Optional.of(created.unitId());
        }
        throw new IllegalStateException("the org structure does not start with the company: " + first.getPayloadType());
    }

    /** Hiring checks the unit in the org-unit read model, which follows the event store within moments. */
    private void awaitUnitInReadModel(String unitId) {
        Instant deadline = Instant.now().plus(readModelWait);
        while (!units.exists(unitId)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the company unit " + unitId + " did not reach the org-unit read model within "
                        + readModelWait + "; is the read-model store reachable?");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the org-unit read model", e);
            }
        }
    }
}
