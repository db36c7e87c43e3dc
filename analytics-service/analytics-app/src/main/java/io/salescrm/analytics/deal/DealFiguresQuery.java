package io.salescrm.analytics.deal;

import io.salescrm.analytics.ReadModelReads;
import io.salescrm.analytics.api.DealFigures;
import io.salescrm.analytics.api.Dimension;
import io.salescrm.analytics.org.OrgTree;
import io.salescrm.analytics.period.Granularity;
import io.salescrm.platform.access.AccessScope;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Deal figures grouped in the database by key and period: creation facts and closing facts are two aggregations over
 * {@code deal_facts}, each filtered by the caller's scope on the responsible employee of that fact.
 */
@Component
public class DealFiguresQuery {

    private final MongoTemplate mongo;
    private final OrgTree tree;
    private final String baseCurrency;

    public DealFiguresQuery(MongoTemplate mongo, OrgTree tree, @Value("${crm.currency.base}") String baseCurrency) {
        this.mongo = mongo;
        this.tree = tree;
        this.baseCurrency = baseCurrency;
    }

    public String baseCurrency() {
        return baseCurrency;
    }

    /** Every row (key x period) of facts in [from, to), ordered by period then key (null keys first). */
    public List<DealFigures> figures(AccessScope scope, Dimension by, Granularity granularity, Instant from, Instant to,
                                     String pipelineId) {
        Map<List<String>, Counts> rows = new HashMap<>();
        Function<String, String> rowKeyOf = keyOfGroupKey(by);
        for (Document group : grouped("created", scope, by, granularity, from, to, pipelineId, "$status")) {
            Counts counts = rows.computeIfAbsent(rowKey(group, rowKeyOf), k -> new Counts());
            long count = ((Number) group.get("count")).longValue();
            counts.created += count;
            if (DealStatus.OPEN.name().equals(id(group).getString("status"))) {
                counts.open += count;
            }
        }
        for (Document group : grouped("closed", scope, by, granularity, from, to, pipelineId, "$closed.outcome")) {
            Counts counts = rows.computeIfAbsent(rowKey(group, rowKeyOf), k -> new Counts());
            long count = ((Number) group.get("count")).longValue();
            if (DealStatus.WON.name().equals(id(group).getString("status"))) {
                counts.won += count;
                counts.wonVolume = counts.wonVolume.add(decimal(group.get("volume")));
            } else {
                counts.lost += count;
            }
        }
        List<DealFigures> figures = new ArrayList<>();
        rows.forEach((key, counts) -> figures.add(counts.toFigures(key.get(0), key.get(1), minorUnits())));
        figures.sort(Comparator.comparing(DealFigures::period)
                .thenComparing(DealFigures::key, Comparator.nullsFirst(Comparator.naturalOrder())));
        return figures;
    }

    private List<Document> grouped(String fact, AccessScope scope, Dimension by, Granularity granularity, Instant from,
                                   Instant to, String pipelineId, String status) {
        List<Criteria> filters = new ArrayList<>(List.of(
                Criteria.where(fact + ".at").gte(from).lt(to),
                scope.toCriteria(fact + ".responsibleId", DealFact.OPEN)));
        if (pipelineId != null) {
            filters.add(Criteria.where(fact + ".pipelineId").is(pipelineId));
        }
        Document match = new Criteria().andOperator(filters).getCriteriaObject();
        Document groupId = new Document("key", "$" + fact + "." + dimensionField(by))
                .append("period", "$" + fact + ".periods." + granularity.name())
                .append("status", status);
        Document group = new Document("_id", groupId)
                .append("count", new Document("$sum", 1))
                .append("volume", new Document("$sum", "$" + fact + ".amountInBase"));
        List<Document> pipeline = List.of(new Document("$match", mongo.getConverter().convertToMongoType(match)),
                new Document("$group", group));
        return ReadModelReads.aggregate(mongo.getCollection(DealFact.COLLECTION), pipeline);
    }

    /**
     * Maps the key the database grouped by to the row's key: departments are resolved from the groups in the org
     * tree as it is now, so rows of groups in one department merge.
     */
    private Function<String, String> keyOfGroupKey(Dimension by) {
        return by == Dimension.DEPARTMENT ? tree.departmentsOfGroups() : Function.identity();
    }

    private static String dimensionField(Dimension by) {
        return switch (by) {
            case MANAGER -> "responsibleId";
            case GROUP, DEPARTMENT -> "groupId";
            case PIPELINE -> "pipelineId";
            case SOURCE -> "source";
        };
    }

    private int minorUnits() {
        return Currency.getInstance(baseCurrency).getDefaultFractionDigits();
    }

    private static Document id(Document group) {
        return (Document) group.get("_id");
    }

    private static List<String> rowKey(Document group, Function<String, String> key) {
        Document id = id(group);
        return java.util.Arrays.asList(key.apply(id.getString("key")), id.getString("period"));
    }

    static BigDecimal decimal(Object value) {
        if (value instanceof Decimal128 decimal) {
            return decimal.bigDecimalValue();
        }
        if (value instanceof Number number && number.longValue() == 0) {
            return BigDecimal.ZERO;
        }
        throw new IllegalStateException("amounts must be stored as Decimal128, found " + value);
    }

    private static final class Counts {
        long created;
        long open;
        long won;
        long lost;
        BigDecimal wonVolume = BigDecimal.ZERO;

        DealFigures toFigures(String key, String period, int minorUnits) {
            BigDecimal averageCheck = won == 0 ? null : wonVolume.divide(BigDecimal.valueOf(won), minorUnits, RoundingMode.HALF_EVEN);
            BigDecimal conversion = won + lost == 0 ? null
                    : BigDecimal.valueOf(won).divide(BigDecimal.valueOf(won + lost), 4, RoundingMode.HALF_EVEN);
            return new DealFigures(key, Objects.requireNonNull(period), created, open, won, lost,
                    wonVolume.setScale(Math.max(minorUnits, wonVolume.scale()), RoundingMode.UNNECESSARY), averageCheck, conversion);
        }
    }
}
