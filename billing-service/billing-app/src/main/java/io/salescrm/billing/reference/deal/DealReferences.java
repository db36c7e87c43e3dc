package io.salescrm.billing.reference.deal;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Finds deals in billing's reference read model (for quotes, invoices and the billing process). */
@Component
public class DealReferences {

    private final MongoTemplate mongo;

    public DealReferences(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<DealReference> deal(String dealId) {
        return Optional.ofNullable(mongo.findById(dealId, DealReference.class));
    }
}
