package io.salescrm.catalog.api.script;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Saves the next personal version; {@code expectedVersion} is the personal version the owner started from. */
public record EditPersonalScriptCommand(
        @TargetAggregateIdentifier String personalScriptId,
        long expectedVersion,
        String title,
        List<ScriptStep> steps) {
}
