package io.salescrm.catalog.script.command;

import io.salescrm.catalog.api.script.CreateScriptCommand;
import io.salescrm.catalog.api.script.ReviseScriptCommand;
import io.salescrm.catalog.api.script.ScriptCreatedEvent;
import io.salescrm.catalog.api.script.ScriptRevisedEvent;
import io.salescrm.catalog.api.script.ScriptScopeKind;
import io.salescrm.catalog.api.script.ScriptStep;
import io.salescrm.catalog.reference.CatalogReferences;
import io.salescrm.platform.access.ActorPropagation;
import io.salescrm.platform.rules.ConflictException;
import io.salescrm.platform.rules.InvalidFieldException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.List;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The company-standard sales script of one product, section or pipeline stage (one per scope). Each revision is
 * the next standard version with all its steps; personal versions are derived from these versions.
 */
@Aggregate
public class Script {

    private static final Pattern SCOPE_ID = Pattern.compile("[A-Za-z0-9_:.-]{1,64}");

    @AggregateIdentifier
    private String scriptId;
    private long version;
    private String title;
    private List<ScriptStep> steps;

    protected Script() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    public Script(CreateScriptCommand command, ScriptScopes scopes, CatalogReferences catalog,
                  @MetaDataValue(ActorPropagation.METADATA_KEY) String actorId) {
        if (command.scopeKind() == null) {
            throw new InvalidFieldException("scopeKind", "must be PRODUCT, SECTION or PIPELINE_STAGE");
        }
        if (command.scopeId() == null || !SCOPE_ID.matcher(command.scopeId()).matches()) {
            throw new InvalidFieldException("scopeId", "must be 1-64 letters, digits or _ : . -");
        }
        requireKnownScope(command, catalog);
        ScriptSteps.requireValidTitle(command.title());
        ScriptSteps.requireValidSteps(command.steps());
        scopes.claim(command.scopeKind(), command.scopeId(), command.scriptId());
        apply(new ScriptCreatedEvent(command.scriptId(), command.scopeKind(), command.scopeId(), command.title().strip(),
                List.copyOf(command.steps()), 1, GenericEventMessage.clock.instant(), actorId));
    }

    /** Returns the standard version after the revision. */
    @CommandHandler
    public long handle(ReviseScriptCommand command, @MetaDataValue(ActorPropagation.METADATA_KEY) String actorId) {
        if (command.expectedVersion() != version) {
            throw new ConflictException("stale-script-version", "The script is at standard version " + version
                    + ", not " + command.expectedVersion() + "; reload it and apply your change again.");
        }
        ScriptSteps.requireValidTitle(command.title());
        ScriptSteps.requireValidSteps(command.steps());
        if (command.title().strip().equals(title) && command.steps().equals(steps)) {
            return version; // nothing changed: no new version
        }
        apply(new ScriptRevisedEvent(scriptId, command.title().strip(), List.copyOf(command.steps()), version + 1,
                GenericEventMessage.clock.instant(), actorId));
        return version;
    }

    /** Products and sections are the catalog's own; pipeline stages belong to the pipeline service and are taken as given. */
    private static void requireKnownScope(CreateScriptCommand command, CatalogReferences catalog) {
        if (command.scopeKind() == ScriptScopeKind.PRODUCT && catalog.product(command.scopeId()).isEmpty()) {
            throw new InvalidFieldException("scopeId", "is not a product of the catalog");
        }
        if (command.scopeKind() == ScriptScopeKind.SECTION
                && catalog.section(command.scopeId()) == CatalogReferences.SectionStatus.UNKNOWN) {
            throw new InvalidFieldException("scopeId", "is not a section of the catalog");
        }
    }

    @EventSourcingHandler
    void on(ScriptCreatedEvent event) {
        scriptId = event.scriptId();
        version = event.version();
        title = event.title();
        steps = event.steps();
    }

    @EventSourcingHandler
    void on(ScriptRevisedEvent event) {
        version = event.version();
        title = event.title();
        steps = event.steps();
    }
}
