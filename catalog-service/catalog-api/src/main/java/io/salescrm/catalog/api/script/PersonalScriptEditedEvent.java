package io.salescrm.catalog.api.script;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** The owner saved a new personal version of a script; its base standard version ({@code baseVersion}) is unchanged. */
@Revision("1")
public record PersonalScriptEditedEvent(
        String personalScriptId,
        String scriptId,
        String employeeId,
        long baseVersion,
        String title,
        List<ScriptStep> steps,
        long version,
        Instant editedAt) {
}
