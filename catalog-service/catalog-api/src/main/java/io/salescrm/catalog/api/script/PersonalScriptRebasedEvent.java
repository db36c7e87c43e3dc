package io.salescrm.catalog.api.script;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * A personal script adopted standard version {@code baseVersion} as its base: {@code steps} is the merged result
 * (a new personal version), {@code conflicts} what could not be merged (the personal side was kept for those).
 */
@Revision("1")
public record PersonalScriptRebasedEvent(
        String personalScriptId,
        String scriptId,
        String employeeId,
        long baseVersion,
        List<ScriptStep> baseSteps,
        String title,
        List<ScriptStep> steps,
        List<ScriptConflict> conflicts,
        long version,
        Instant rebasedAt) {
}
