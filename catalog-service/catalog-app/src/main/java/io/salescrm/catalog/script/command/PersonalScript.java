package io.salescrm.catalog.script.command;

import io.salescrm.catalog.api.script.DerivePersonalScriptCommand;
import io.salescrm.catalog.api.script.EditPersonalScriptCommand;
import io.salescrm.catalog.api.script.PersonalScriptDerivedEvent;
import io.salescrm.catalog.api.script.PersonalScriptEditedEvent;
import io.salescrm.catalog.api.script.PersonalScriptRebasedEvent;
import io.salescrm.catalog.api.script.RebasePersonalScriptCommand;
import io.salescrm.catalog.api.script.ScriptConflict;
import io.salescrm.catalog.api.script.ScriptStep;
import io.salescrm.platform.rules.ConflictException;
import io.salescrm.platform.rules.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One employee's personal version of a script, derived from a standard version (its base). He edits it freely;
 * a rebase adopts a newer standard version as base, merging the standard's changes into his ({@link ScriptMerge}).
 * Every saved state is the next personal version.
 */
@Aggregate
public class PersonalScript {

    @AggregateIdentifier
    private String personalScriptId;
    private String scriptId;
    private String employeeId;
    private long version;
    private long baseVersion;
    private List<ScriptStep> baseSteps;
    private String title;
    private List<ScriptStep> steps;

    protected PersonalScript() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    public PersonalScript(DerivePersonalScriptCommand command) {
        ScriptSteps.requireValidTitle(command.title());
        ScriptSteps.requireValidSteps(command.baseSteps());
        apply(new PersonalScriptDerivedEvent(command.personalScriptId(), command.scriptId(), command.employeeId(),
                command.baseVersion(), List.copyOf(command.baseSteps()), command.title().strip(),
                List.copyOf(command.baseSteps()), 1, GenericEventMessage.clock.instant()));
    }

    /** Returns the personal version after the edit. */
    @CommandHandler
    public long handle(EditPersonalScriptCommand command) {
        requireCurrent(command.expectedVersion());
        ScriptSteps.requireValidTitle(command.title());
        ScriptSteps.requireValidSteps(command.steps());
        if (command.title().strip().equals(title) && command.steps().equals(steps)) {
            return version; // nothing changed: no new version
        }
        apply(new PersonalScriptEditedEvent(personalScriptId, scriptId, employeeId, baseVersion, command.title().strip(),
                List.copyOf(command.steps()), version + 1, GenericEventMessage.clock.instant()));
        return version;
    }

    /** The personal version a rebase led to, and the conflicts it reported. */
    public record RebaseOutcome(long version, List<ScriptConflict> conflicts) {
    }

    @CommandHandler
    public RebaseOutcome handle(RebasePersonalScriptCommand command) {
        requireCurrent(command.expectedVersion());
        if (command.newBaseVersion() <= baseVersion) {
            throw new RuleViolationException("already-on-this-base", "The personal version is based on standard version "
                    + baseVersion + " already; only a newer standard version can be adopted.");
        }
        ScriptSteps.requireValidSteps(command.newBaseSteps());
        ScriptMerge.Result merged = ScriptMerge.rebase(baseSteps, steps, command.newBaseSteps());
        apply(new PersonalScriptRebasedEvent(personalScriptId, scriptId, employeeId, command.newBaseVersion(),
                List.copyOf(command.newBaseSteps()), title, merged.steps(), merged.conflicts(), version + 1,
                GenericEventMessage.clock.instant()));
        return new RebaseOutcome(version, merged.conflicts());
    }

    private void requireCurrent(long expectedVersion) {
        if (expectedVersion != version) {
            throw new ConflictException("stale-personal-script-version", "The personal script is at version " + version
                    + ", not " + expectedVersion + "; reload it and apply your change again.");
        }
    }

    @EventSourcingHandler
    void on(PersonalScriptDerivedEvent event) {
        personalScriptId = event.personalScriptId();
        scriptId = event.scriptId();
        employeeId = event.employeeId();
        version = event.version();
        baseVersion = event.baseVersion();
        baseSteps = event.baseSteps();
        title = event.title();
        steps = event.steps();
    }

    @EventSourcingHandler
    void on(PersonalScriptEditedEvent event) {
        version = event.version();
        title = event.title();
        steps = event.steps();
    }

    @EventSourcingHandler
    void on(PersonalScriptRebasedEvent event) {
        version = event.version();
        baseVersion = event.baseVersion();
        baseSteps = event.baseSteps();
        steps = event.steps();
    }
}
