package io.salescrm.catalog.script.query;

import io.salescrm.catalog.api.script.PersonalScriptDerivedEvent;
import io.salescrm.catalog.api.script.PersonalScriptEditedEvent;
import io.salescrm.catalog.api.script.PersonalScriptRebasedEvent;
import io.salescrm.catalog.api.script.ScriptCreatedEvent;
import io.salescrm.catalog.api.script.ScriptRevisedEvent;
import io.salescrm.catalog.script.query.PersonalScriptVersionView.Origin;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Keeps the standard and personal script views from the local event store. Versions are written by id
 * ({@code <id>:<version>}) and the latest views only move forward, so a replayed or repeated event changes nothing.
 */
@Component
@ProcessingGroup("script-view")
public class ScriptProjection {

    private final MongoTemplate mongo;

    public ScriptProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ScriptCreatedEvent event) {
        mongo.save(new ScriptVersionView(ScriptVersionView.idOf(event.scriptId(), event.version()), event.scriptId(),
                event.version(), event.title(), event.steps(), event.createdAt(), event.createdBy()));
        mongo.save(new ScriptView(event.scriptId(), event.scopeKind(), event.scopeId(), event.title(), event.steps(),
                event.version(), event.createdAt(), event.createdAt()));
    }

    @EventHandler
    void on(ScriptRevisedEvent event) {
        mongo.save(new ScriptVersionView(ScriptVersionView.idOf(event.scriptId(), event.version()), event.scriptId(),
                event.version(), event.title(), event.steps(), event.revisedAt(), event.revisedBy()));
        mongo.updateFirst(olderThan(event.scriptId(), event.version()), new Update()
                .set("title", event.title())
                .set("steps", event.steps())
                .set("version", event.version())
                .set("revisedAt", event.revisedAt()), ScriptView.class);
    }

    @EventHandler
    void on(PersonalScriptDerivedEvent event) {
        mongo.save(new PersonalScriptVersionView(PersonalScriptVersionView.idOf(event.personalScriptId(), event.version()),
                event.personalScriptId(), event.employeeId(), event.version(), Origin.DERIVED, event.baseVersion(),
                event.title(), event.steps(), List.of(), event.derivedAt()));
        mongo.save(new PersonalScriptView(event.personalScriptId(), event.scriptId(), event.employeeId(), event.baseVersion(),
                event.title(), event.steps(), List.of(), event.version(), event.derivedAt()));
    }

    @EventHandler
    void on(PersonalScriptEditedEvent event) {
        mongo.save(new PersonalScriptVersionView(PersonalScriptVersionView.idOf(event.personalScriptId(), event.version()),
                event.personalScriptId(), event.employeeId(), event.version(), Origin.EDITED, event.baseVersion(),
                event.title(), event.steps(), List.of(), event.editedAt()));
        mongo.updateFirst(olderThan(event.personalScriptId(), event.version()), new Update()
                .set("title", event.title())
                .set("steps", event.steps())
                .set("conflicts", List.of())
                .set("version", event.version())
                .set("savedAt", event.editedAt()), PersonalScriptView.class);
    }

    @EventHandler
    void on(PersonalScriptRebasedEvent event) {
        mongo.save(new PersonalScriptVersionView(PersonalScriptVersionView.idOf(event.personalScriptId(), event.version()),
                event.personalScriptId(), event.employeeId(), event.version(), Origin.REBASED, event.baseVersion(),
                event.title(), event.steps(), event.conflicts(), event.rebasedAt()));
        mongo.updateFirst(olderThan(event.personalScriptId(), event.version()), new Update()
                .set("baseVersion", event.baseVersion())
                .set("steps", event.steps())
                .set("conflicts", event.conflicts())
                .set("version", event.version())
                .set("savedAt", event.rebasedAt()), PersonalScriptView.class);
    }

    private static Query olderThan(String id, long version) {
        return new Query(new Criteria().andOperator(where("_id").is(id), where("version").lt(version)));
    }
}
