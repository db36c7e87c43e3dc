package io.salescrm.catalog.bundle.query;

import io.salescrm.catalog.api.bundle.BundleArchivedEvent;
import io.salescrm.catalog.api.bundle.BundleChangedEvent;
import io.salescrm.catalog.api.bundle.BundleCreatedEvent;
import io.salescrm.catalog.config.CatalogViews;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Keeps {@code catalog_bundles} up to date with absolute writes (replays change nothing). */
@Component
@ProcessingGroup(CatalogViews.PROCESSING_GROUP)
public class BundleViewProjection {

    private final MongoTemplate mongo;

    public BundleViewProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(BundleCreatedEvent event) {
        mongo.save(new BundleView(event.bundleId(), event.name(), event.description(), event.items(), event.prices(), false));
    }

    @EventHandler
    void on(BundleChangedEvent event) {
        mongo.save(new BundleView(event.bundleId(), event.name(), event.description(), event.items(), event.prices(), false));
    }

    @EventHandler
    void on(BundleArchivedEvent event) {
        mongo.updateFirst(new Query(where("_id").is(event.bundleId())), Update.update("archived", true), BundleView.class);
    }
}
