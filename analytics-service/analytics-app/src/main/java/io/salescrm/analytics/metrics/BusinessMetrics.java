package io.salescrm.analytics.metrics;

import io.salescrm.analytics.ReadModelReads;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.salescrm.analytics.deal.DealFact;
import io.salescrm.analytics.deal.DealStatus;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Business figures for Prometheus, read from the deal facts at each scrape: as they are derived from the
 * idempotent read model (not counted up as events arrive), a redelivered or replayed event cannot count twice.
 * {@code crm_deals_won} (deals won now; a reopened deal leaves it) and {@code crm_won_volume_base} (their won
 * volume in the base currency) are gauges for that reason.
 */
@Component
public class BusinessMetrics {

    private final MongoTemplate mongo;

    public BusinessMetrics(MongoTemplate mongo, MeterRegistry registry) {
        this.mongo = mongo;
        Gauge.builder("crm.deals.won", this, BusinessMetrics::wonDeals)
                .description("Deals won now (read model)").register(registry);
        Gauge.builder("crm.won.volume.base", this, BusinessMetrics::wonVolume)
                .description("Won volume in the base currency (read model)").register(registry);
        Gauge.builder("crm.deals.open", this, BusinessMetrics::openDeals)
                .description("Deals open now (read model)").register(registry);
    }

    private double wonDeals() {
        return count(DealStatus.WON);
    }

    private double openDeals() {
        return count(DealStatus.OPEN);
    }

    private double count(DealStatus status) {
        return mongo.getCollection(DealFact.COLLECTION).countDocuments(new Document("status", status.name()));
    }

    private double wonVolume() {
        Document total = ReadModelReads.first(mongo.getCollection(DealFact.COLLECTION), List.of(
                new Document("$match", new Document("status", DealStatus.WON.name())),
                new Document("$group", new Document("_id", null).append("volume", new Document("$sum", "$closed.amountInBase")))));
        return total != null && total.get("volume") instanceof Decimal128 volume ? volume.bigDecimalValue().doubleValue() : 0;
    }
}
