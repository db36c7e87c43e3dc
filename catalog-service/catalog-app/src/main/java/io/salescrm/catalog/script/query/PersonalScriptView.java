package io.salescrm.catalog.script.query;

import io.salescrm.catalog.api.script.ScriptConflict;
import io.salescrm.catalog.api.script.ScriptStep;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * The latest version of an employee's personal script, in MongoDB collection {@code personal_scripts}; access
 * rights filter it by {@code employeeId} as the responsible employee. {@code conflicts} are those of the last
 * rebase (empty after an edit).
 */
@Document(PersonalScriptView.COLLECTION)
public record PersonalScriptView(
        @Id String id,
        @Indexed String scriptId,
        @Indexed String employeeId,
        long baseVersion,
        String title,
        List<ScriptStep> steps,
        List<ScriptConflict> conflicts,
        long version,
        Instant savedAt) {

    public static final String COLLECTION = "personal_scripts";
    public static final String OWNER = "employeeId";
}
