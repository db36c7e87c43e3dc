package io.salescrm.catalog.script.command;

import io.salescrm.catalog.api.script.ScriptScopeKind;

/**
 * The register of standard scripts by scope: one script per product, section or pipeline stage. Written in the
 * same transaction as the event creating the script. Injected into the command handler.
 */
public interface ScriptScopes {

    /** Registers {@code scriptId} for the scope; a 409 if another script has it. */
    void claim(ScriptScopeKind kind, String scopeId, String scriptId);
}
