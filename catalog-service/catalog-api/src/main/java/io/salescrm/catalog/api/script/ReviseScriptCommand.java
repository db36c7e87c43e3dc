package io.salescrm.catalog.api.script;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Saves the next standard version of a script; {@code expectedVersion} is the version the editor started from. */
public record ReviseScriptCommand(
        @TargetAggregateIdentifier String scriptId,
        long expectedVersion,
        String title,
        List<ScriptStep> steps) {
}
