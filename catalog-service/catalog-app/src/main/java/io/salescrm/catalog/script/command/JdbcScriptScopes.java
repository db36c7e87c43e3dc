package io.salescrm.catalog.script.command;

import io.salescrm.catalog.api.script.ScriptScopeKind;
import io.salescrm.platform.rules.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@link ScriptScopes} in table {@code script_scopes} (V120) of the event store's database, in the command's transaction. */
@Component
public class JdbcScriptScopes implements ScriptScopes {

    private final JdbcTemplate jdbc;

    public JdbcScriptScopes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void claim(ScriptScopeKind kind, String scopeId, String scriptId) {
        var holders = jdbc.queryForList("SELECT script_id FROM script_scopes WHERE scope_kind = ? AND scope_id = ?",
                String.class, kind.name(), scopeId);
        if (!holders.isEmpty()) {
            if (holders.get(0).equals(scriptId)) {
                return;
            }
            throw taken(kind, scopeId, holders.get(0));
        }
        try {
            jdbc.update("INSERT INTO script_scopes (scope_kind, scope_id, script_id) VALUES (?, ?, ?)",
                    kind.name(), scopeId, scriptId);
        } catch (DuplicateKeyException concurrent) {
            throw taken(kind, scopeId, null);
        }
    }

    private static ConflictException taken(ScriptScopeKind kind, String scopeId, String holder) {
        return new ConflictException("script-exists-for-scope", kind + " " + scopeId + " already has a standard script"
                + (holder != null ? " (" + holder + ")" : "") + "; revise that one instead.");
    }
}
