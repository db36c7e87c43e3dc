package io.salescrm.catalog.script.query;

import io.salescrm.catalog.api.script.ScriptStep;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/** One standard version of a script (id {@code <scriptId>:<version>}), in MongoDB collection {@code script_versions}. */
@Document(ScriptVersionView.COLLECTION)
public record ScriptVersionView(
        @Id String id,
        @Indexed String scriptId,
        long version,
        String title,
        List<ScriptStep> steps,
        Instant savedAt,
        String savedBy) {

    public static final String COLLECTION = "script_versions";

    public static String idOf(String scriptId, long version) {
        return scriptId + ":" + version;
    }
}
