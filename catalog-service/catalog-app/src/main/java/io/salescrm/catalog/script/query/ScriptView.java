package io.salescrm.catalog.script.query;

import io.salescrm.catalog.api.script.ScriptScopeKind;
import io.salescrm.catalog.api.script.ScriptStep;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/** The latest standard version of a script, in MongoDB collection {@code scripts}. */
@Document(ScriptView.COLLECTION)
public record ScriptView(
        @Id String id,
        ScriptScopeKind scopeKind,
        @Indexed String scopeId,
        String title,
        List<ScriptStep> steps,
        long version,
        Instant createdAt,
        Instant revisedAt) {

    public static final String COLLECTION = "scripts";
}
