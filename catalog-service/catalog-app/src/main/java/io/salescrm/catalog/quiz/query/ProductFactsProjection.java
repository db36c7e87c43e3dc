package io.salescrm.catalog.quiz.query;

import io.salescrm.catalog.api.price.BasePriceTypeChangedEvent;
import io.salescrm.catalog.api.price.PriceRemovedEvent;
import io.salescrm.catalog.api.price.PriceSetEvent;
import io.salescrm.catalog.api.price.PriceTypeDefinedEvent;
import io.salescrm.catalog.api.product.ProductArchivedEvent;
import io.salescrm.catalog.api.product.ProductChangedEvent;
import io.salescrm.catalog.api.product.ProductCreatedEvent;
import io.salescrm.catalog.api.product.ProductRestoredEvent;
import io.salescrm.catalog.api.property.ListValue;
import io.salescrm.catalog.api.property.PropertyDefinedEvent;
import io.salescrm.catalog.api.property.PropertyRenamedEvent;
import io.salescrm.catalog.api.property.PropertyValueAddedEvent;
import io.salescrm.catalog.api.property.PropertyValueRenamedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The content features' own small read model of the catalog (products, properties, base price type), built from
 * the local event store in its own processing group. Every write sets absolute values keyed by id, so a replayed
 * or repeated event leaves the same documents behind. Retired list values keep their label: products may still
 * carry them.
 */
@Component
@ProcessingGroup(ProductFactsProjection.PROCESSING_GROUP)
public class ProductFactsProjection {

    public static final String PROCESSING_GROUP = "content-catalog-facts";

    private final MongoTemplate mongo;

    public ProductFactsProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(PropertyDefinedEvent event) {
        Map<String, String> labels = new HashMap<>();
        if (event.values() != null) {
            for (ListValue value : event.values()) {
                labels.put(value.valueId(), value.label());
            }
        }
        mongo.save(new PropertyFacts(event.propertyId(), event.name(), event.type(), event.unit(), labels));
    }

    @EventHandler
    void on(PropertyRenamedEvent event) {
        mongo.updateFirst(byId(event.propertyId()), new Update().set("name", event.name()).set("unit", event.unit()), PropertyFacts.class);
    }

    @EventHandler
    void on(PropertyValueAddedEvent event) {
        mongo.updateFirst(byId(event.propertyId()), new Update().set("labels." + event.valueId(), event.label()), PropertyFacts.class);
    }

    @EventHandler
    void on(PropertyValueRenamedEvent event) {
        mongo.updateFirst(byId(event.propertyId()), new Update().set("labels." + event.valueId(), event.label()), PropertyFacts.class);
    }

    @EventHandler
    void on(ProductCreatedEvent event) {
        mongo.upsert(byId(event.productId()), new Update()
                .set("code", event.code())
                .set("name", event.name())
                .set("description", event.description())
                .set("sectionId", event.sectionId())
                .set("active", true)
                .set("properties", event.properties()), ProductFacts.class);
    }

    @EventHandler
    void on(ProductChangedEvent event) {
        mongo.updateFirst(byId(event.productId()), new Update()
                .set("name", event.name())
                .set("description", event.description())
                .set("sectionId", event.sectionId())
                .set("properties", event.properties()), ProductFacts.class);
    }

    @EventHandler
    void on(ProductArchivedEvent event) {
        mongo.updateFirst(byId(event.productId()), new Update().set("active", false), ProductFacts.class);
    }

    @EventHandler
    void on(ProductRestoredEvent event) {
        mongo.updateFirst(byId(event.productId()), new Update().set("active", true), ProductFacts.class);
    }

    /** Only the product's own prices (not its variants'): templates show one price per product. */
    @EventHandler
    void on(PriceSetEvent event) {
        if (event.variantId() == null) {
            mongo.updateFirst(byId(event.productId()), new Update().set(priceField(event.priceTypeId(), event.currency()),
                    event.amount().toPlainString()), ProductFacts.class);
        }
    }

    @EventHandler
    void on(PriceRemovedEvent event) {
        if (event.variantId() == null) {
            mongo.updateFirst(byId(event.productId()), new Update().unset(priceField(event.priceTypeId(), event.currency())),
                    ProductFacts.class);
        }
    }

    @EventHandler
    void on(PriceTypeDefinedEvent event) {
        mongo.save(new PriceTypeFacts(event.priceTypeId(), event.base()));
    }

    @EventHandler
    void on(BasePriceTypeChangedEvent event) {
        mongo.save(new PriceTypeFacts(event.priceTypeId(), true));
        if (event.previousPriceTypeId() != null) {
            mongo.save(new PriceTypeFacts(event.previousPriceTypeId(), false));
        }
    }

    private static String priceField(String priceTypeId, String currency) {
        return "prices." + ProductFacts.priceKey(priceTypeId, currency);
    }

    private static Query byId(String id) {
        return new Query(where("_id").is(id));
    }
}
