package io.salescrm.catalog.price.query;

import io.salescrm.catalog.api.price.BasePriceTypeChangedEvent;
import io.salescrm.catalog.api.price.PriceTypeDefinedEvent;
import io.salescrm.catalog.api.price.PriceTypeRenamedEvent;
import io.salescrm.catalog.config.CatalogViews;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Keeps {@code catalog_price_types} up to date with absolute writes (replays change nothing). */
@Component
@ProcessingGroup(CatalogViews.PROCESSING_GROUP)
public class PriceTypeViewProjection {

    private final MongoTemplate mongo;

    public PriceTypeViewProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(PriceTypeDefinedEvent event) {
        mongo.save(new PriceTypeView(event.priceTypeId(), event.name(), event.base()));
    }

    @EventHandler
    void on(PriceTypeRenamedEvent event) {
        mongo.updateFirst(new Query(where("_id").is(event.priceTypeId())), Update.update("name", event.name()), PriceTypeView.class);
    }

    @EventHandler
    void on(BasePriceTypeChangedEvent event) {
        mongo.updateMulti(new Query(where("_id").ne(event.priceTypeId())), Update.update("base", false), PriceTypeView.class);
        mongo.updateFirst(new Query(where("_id").is(event.priceTypeId())), Update.update("base", true), PriceTypeView.class);
    }
}
