package io.salescrm.catalog.script.query;

import io.salescrm.catalog.api.script.ScriptConflict;
import io.salescrm.catalog.api.script.ScriptStep;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * One version of a personal script (id {@code <personalScriptId>:<version>}), in MongoDB collection
 * {@code personal_script_versions}; {@code origin} says how it came about.
 */
@Document(PersonalScriptVersionView.COLLECTION)
public record PersonalScriptVersionView(
        @Id String id,
        @Indexed String personalScriptId,
        String employeeId,
        long version,
        Origin origin,
        long baseVersion,
        String title,
        List<ScriptStep> steps,
        List<ScriptConflict> conflicts,
        Instant savedAt) {

    public static final String COLLECTION = "personal_script_versions";

    public enum Origin {
        DERIVED, EDITED, REBASED
    }

    public static String idOf(String personalScriptId, long version) {
        return personalScriptId + ":" + version;
    }
}
