package io.salescrm.catalog.template.query;

import io.salescrm.catalog.api.template.TemplateChangedEvent;
import io.salescrm.catalog.api.template.TemplateCreatedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Keeps {@code templates} (latest version) and {@code template_versions} (every version) from the local event
 * store. Every write is keyed by template id and version, and the latest view only moves forward, so a replayed
 * or repeated event leaves the same documents behind.
 */
@Component
@ProcessingGroup("template-view")
public class TemplateProjection {

    private final MongoTemplate mongo;

    public TemplateProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(TemplateCreatedEvent event) {
        mongo.save(new TemplateVersionView(TemplateVersionView.idOf(event.templateId(), event.version()), event.templateId(),
                event.version(), event.name(), event.subject(), event.body(), event.createdAt(), event.createdBy()));
        mongo.save(new TemplateView(event.templateId(), event.kind(), event.name(), event.subject(), event.body(),
                event.version(), event.createdAt(), event.createdAt()));
    }

    @EventHandler
    void on(TemplateChangedEvent event) {
        mongo.save(new TemplateVersionView(TemplateVersionView.idOf(event.templateId(), event.version()), event.templateId(),
                event.version(), event.name(), event.subject(), event.body(), event.changedAt(), event.changedBy()));
        Query olderVersion = new Query(new Criteria().andOperator(
                where("_id").is(event.templateId()), where("version").lt(event.version())));
        mongo.updateFirst(olderVersion, new Update()
                .set("name", event.name())
                .set("subject", event.subject())
                .set("body", event.body())
                .set("version", event.version())
                .set("changedAt", event.changedAt()), TemplateView.class);
    }
}
