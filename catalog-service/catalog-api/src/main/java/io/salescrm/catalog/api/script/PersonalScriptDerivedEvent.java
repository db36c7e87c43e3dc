package io.salescrm.catalog.api.script;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** An employee started a personal version (version 1) of a script from standard version {@code baseVersion}. */
@Revision("1")
public record PersonalScriptDerivedEvent(
        String personalScriptId,
        String scriptId,
        String employeeId,
        long baseVersion,
        List<ScriptStep> baseSteps,
        String title,
        List<ScriptStep> steps,
        long version,
        Instant derivedAt) {
}
