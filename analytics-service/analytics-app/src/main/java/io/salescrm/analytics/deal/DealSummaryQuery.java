package io.salescrm.analytics.deal;

import io.salescrm.analytics.api.DealSummary;
import io.salescrm.platform.access.AccessScope;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

/** Counts deals and sums their base-currency amounts in the database, not in memory. */
@Component
public class DealSummaryQuery {

    private final MongoTemplate mongo;
    private final String baseCurrency;

    public DealSummaryQuery(MongoTemplate mongo, @Value("${crm.currency.base}") String baseCurrency) {
        this.mongo = mongo;
        this.baseCurrency = baseCurrency;
    }

    /** The deals inside {@code scope} (filtered in the database, before grouping). */
    public DealSummary summary(AccessScope scope) {
        Criteria inScope = new Criteria().andOperator(
                Criteria.where("baseCurrency").is(baseCurrency),
                scope.toCriteria(DealFact.RESPONSIBLE, DealFact.OPEN));
        Aggregation totals = Aggregation.newAggregation(
                Aggregation.match(inScope),
                Aggregation.group().count().as("dealCount").sum("amountInBase").as("totalAmount"));
        Document result = mongo.aggregate(totals, DealFact.COLLECTION, Document.class).getUniqueMappedResult();
        if (result == null) {
            return new DealSummary(0, BigDecimal.ZERO.setScale(2), baseCurrency);
        }
        long count = ((Number) result.get("dealCount")).longValue();
        return new DealSummary(count, decimal(result.get("totalAmount")), baseCurrency);
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof Decimal128 decimal) {
            return decimal.bigDecimalValue();
        }
        throw new IllegalStateException("deal amounts must be stored as Decimal128, found " + value);
    }
}
