package io.salescrm.org.role.config;

import io.salescrm.org.api.employee.InitialAdministrator;
import io.salescrm.org.api.role.PredefinedRoles;
import io.salescrm.org.role.command.RoleCommands;
import io.salescrm.platform.rules.ConflictException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * On start, defines the built-in roles of {@link PredefinedRoleTable} that do not exist yet, and gives the
 * Administrator role to the initial administrator ({@link InitialAdministrator#EMPLOYEE_ID}) unless that role
 * was ever assigned to anyone. Runs after the employees' first-start runner (order 10) but does not need it: the
 * assignment is recorded even if the employee is not hired yet, as the access model reads assignment events.
 * <p>
 * Idempotent: an existing role is left as administrators edited it, and a restart records nothing. Safe with
 * concurrent instances: a role defined meanwhile by another instance fails here with a duplicate-stream error
 * (nothing written), and a concurrent assignment with a concurrency error, after which the command is retried
 * and finds the role assigned.
 */
@Component
@Order(20)
public class PredefinedRolesRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PredefinedRolesRunner.class);

    private final RoleCommands commands;
    private final EventStore eventStore;

    public PredefinedRolesRunner(RoleCommands commands, EventStore eventStore) {
        this.commands = commands;
        this.eventStore = eventStore;
    }

    @Override
    public void run(ApplicationArguments args) {
        PredefinedRoleTable.ROLES.forEach(this::defineIfMissing);
        assignInitialAdministrator();
    }

    private void defineIfMissing(PredefinedRoleTable.Definition role) {
        if (eventStore.lastSequenceNumberFor(role.roleId()).isPresent()) {
            return;
        }
        for (String name : List.of(role.name(), role.name() + " (predefined)")) {
            try {
                commands.define(role.roleId(), name, role.key(), role.permissions(), List.of());
                log.info("Defined the predefined role {} ({})", role.key(), name);
                return;
            } catch (AggregateStreamCreationException definedMeanwhile) {
                log.info("The predefined role {} was defined by another instance", role.key());
                return;
            } catch (ConflictException nameTaken) {
                log.warn("A custom role is already named \"{}\"; defining the predefined role {} under another name", name, role.key());
            }
        }
        throw new IllegalStateException("Cannot define the predefined role " + role.key() + ": its names are taken");
    }

    private void assignInitialAdministrator() {
        for (int attempt = 1; ; attempt++) {
            try {
                if (commands.assignInitialAdministrator(PredefinedRoles.ADMINISTRATOR, InitialAdministrator.EMPLOYEE_ID)) {
                    log.info("Gave the Administrator role to the initial administrator {}", InitialAdministrator.EMPLOYEE_ID);
                }
                return;
            } catch (ConcurrencyException changedMeanwhile) {
                if (attempt == 3) {
                    throw changedMeanwhile;
                }
            }
        }
    }
}
