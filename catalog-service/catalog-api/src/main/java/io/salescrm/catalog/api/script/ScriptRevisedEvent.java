package io.salescrm.catalog.api.script;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** A new standard version of a script, with all its steps; earlier versions stay readable. */
@Revision("1")
public record ScriptRevisedEvent(
        String scriptId,
        String title,
        List<ScriptStep> steps,
        long version,
        Instant revisedAt,
        String revisedBy) {
}
