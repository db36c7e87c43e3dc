package io.salescrm.catalog.promotion.query;

import io.salescrm.catalog.api.promotion.PromotionCancelledEvent;
import io.salescrm.catalog.api.promotion.PromotionChangedEvent;
import io.salescrm.catalog.api.promotion.PromotionCreatedEvent;
import io.salescrm.catalog.api.promotion.PromotionTarget;
import io.salescrm.catalog.config.CatalogViews;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Keeps {@code catalog_promotions} up to date with absolute writes (replays change nothing). */
@Component
@ProcessingGroup(CatalogViews.PROCESSING_GROUP)
public class PromotionViewProjection {

    private final MongoTemplate mongo;

    public PromotionViewProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(PromotionCreatedEvent event) {
        mongo.save(new PromotionView(event.promotionId(), event.name(), event.kind(), event.value(), event.currency(),
                event.targets(), event.validFrom(), event.validTo(), event.priority(), null, keys(event.targets())));
    }

    @EventHandler
    void on(PromotionChangedEvent event) {
        PromotionView current = mongo.findById(event.promotionId(), PromotionView.class);
        mongo.save(new PromotionView(event.promotionId(), event.name(), event.kind(), event.value(), event.currency(),
                event.targets(), event.validFrom(), event.validTo(), event.priority(),
                current == null ? null : current.cancelledAt(), keys(event.targets())));
    }

    @EventHandler
    void on(PromotionCancelledEvent event) {
        mongo.updateFirst(new Query(where("_id").is(event.promotionId())), Update.update("cancelledAt", event.cancelledAt()),
                PromotionView.class);
    }

    private static List<String> keys(List<PromotionTarget> targets) {
        return targets.stream().map(t -> PromotionView.key(t.type(), t.id())).toList();
    }
}
