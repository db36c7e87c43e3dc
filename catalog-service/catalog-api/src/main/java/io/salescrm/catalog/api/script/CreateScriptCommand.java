package io.salescrm.catalog.api.script;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Writes the company-standard script for a product, section or pipeline stage, as standard version 1. */
public record CreateScriptCommand(
        @TargetAggregateIdentifier String scriptId,
        ScriptScopeKind scopeKind,
        String scopeId,
        String title,
        List<ScriptStep> steps) {
}
