package io.salescrm.catalog.script.command;

import io.salescrm.catalog.api.script.ScriptScopeKind;
import io.salescrm.platform.rules.ConflictException;

import java.util.HashMap;
import java.util.Map;

/** The scope register for aggregate fixtures, with the rule of {@link JdbcScriptScopes}. */
class InMemoryScriptScopes implements ScriptScopes {

    private final Map<String, String> holders = new HashMap<>();

    @Override
    public void claim(ScriptScopeKind kind, String scopeId, String scriptId) {
        String holder = holders.putIfAbsent(kind + "/" + scopeId, scriptId);
        if (holder != null && !holder.equals(scriptId)) {
            throw new ConflictException("script-exists-for-scope", kind + " " + scopeId + " already has a standard script");
        }
    }
}
