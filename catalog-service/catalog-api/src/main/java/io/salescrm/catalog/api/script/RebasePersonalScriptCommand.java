package io.salescrm.catalog.api.script;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Adopts standard version {@code newBaseVersion} (with its steps) as the base of a personal script, keeping the
 * owner's own edits where they do not conflict with what the standard changed.
 */
public record RebasePersonalScriptCommand(
        @TargetAggregateIdentifier String personalScriptId,
        long expectedVersion,
        long newBaseVersion,
        List<ScriptStep> newBaseSteps) {
}
