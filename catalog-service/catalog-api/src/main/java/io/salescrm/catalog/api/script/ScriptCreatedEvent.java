package io.salescrm.catalog.api.script;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** A company-standard script was written (standard version 1), with all its steps. */
@Revision("1")
public record ScriptCreatedEvent(
        String scriptId,
        ScriptScopeKind scopeKind,
        String scopeId,
        String title,
        List<ScriptStep> steps,
        long version,
        Instant createdAt,
        String createdBy) {
}
