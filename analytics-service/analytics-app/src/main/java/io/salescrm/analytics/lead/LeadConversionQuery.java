package io.salescrm.analytics.lead;

import io.salescrm.analytics.ReadModelReads;
import io.salescrm.analytics.api.LeadConversion;
import io.salescrm.analytics.period.Granularity;
import io.salescrm.platform.access.AccessScope;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lead to deal conversion per source and creation period, grouped in the database, over the leads that still stand
 * for a prospect (neither merged into another lead nor removed: the leads pipeline lists) and whose responsible
 * employee now the caller's scope reaches.
 */
@Component
public class LeadConversionQuery {

    private final MongoTemplate mongo;

    public LeadConversionQuery(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public List<LeadConversion> conversion(AccessScope scope, Granularity granularity, Instant from, Instant to) {
        // "not true" rather than "false": documents written before removal was tracked have no such field
        Criteria created = new Criteria().andOperator(Criteria.where("createdAt").gte(from).lt(to),
                Criteria.where("mergedIntoId").is(null), Criteria.where("removed").ne(true),
                scope.toCriteria(LeadFact.RESPONSIBLE, LeadFact.OPEN));
        Map<List<String>, long[]> counts = new HashMap<>();
        count(created, granularity, counts, 0);
        count(new Criteria().andOperator(created, Criteria.where("dealId").ne(null)), granularity, counts, 1);
        List<LeadConversion> rows = new ArrayList<>();
        counts.forEach((key, n) -> rows.add(new LeadConversion(key.get(0), key.get(1), n[0], n[1],
                BigDecimal.valueOf(n[1]).divide(BigDecimal.valueOf(n[0]), 4, RoundingMode.HALF_EVEN))));
        rows.sort(Comparator.comparing(LeadConversion::period)
                .thenComparing(LeadConversion::source, Comparator.nullsFirst(Comparator.naturalOrder())));
        return rows;
    }

    /** Adds the leads matching {@code criteria} per (source, period) to slot {@code slot} of the counts. */
    private void count(Criteria criteria, Granularity granularity, Map<List<String>, long[]> counts, int slot) {
        Document match = (Document) mongo.getConverter().convertToMongoType(criteria.getCriteriaObject());
        Document group = new Document("_id", new Document("source", "$source").append("period", "$periods." + granularity.name()))
                .append("count", new Document("$sum", 1));
        for (Document row : ReadModelReads.aggregate(mongo.getCollection(LeadFact.COLLECTION), List.of(
                new Document("$match", match), new Document("$group", group)))) {
            Document id = (Document) row.get("_id");
            counts.computeIfAbsent(Arrays.asList(id.getString("source"), id.getString("period")), k -> new long[2])[slot]
                    += ((Number) row.get("count")).longValue();
        }
    }
}
