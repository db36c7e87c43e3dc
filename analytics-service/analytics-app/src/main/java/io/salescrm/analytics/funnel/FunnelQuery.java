package io.salescrm.analytics.funnel;

import io.salescrm.analytics.ReadModelReads;
import io.salescrm.analytics.api.FunnelStage;
import io.salescrm.analytics.api.StageDwell;
import io.salescrm.analytics.deal.DealFact;
import io.salescrm.analytics.pipeline.PipelineStageOrder;
import io.salescrm.platform.access.AccessScope;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The funnel of a pipeline and the dwell time per stage, from the stage intervals kept on each deal fact: the funnel
 * at an instant counts the intervals containing it (so any past instant can be asked), each deal with its amount in
 * effect then; dwell statistics are computed here from the stored durations (the read-model database offers no
 * percentile operator), and steps back are judged by the pipeline's current stage order ({@code pipeline_stages}):
 * a reordered pipeline re-judges past moves.
 */
@Component
public class FunnelQuery {

    private final MongoTemplate mongo;

    public FunnelQuery(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Deals per stage of {@code pipelineId} now, with their current amounts in the base currency, summed in the database. */
    public List<FunnelStage> funnelNow(AccessScope scope, String pipelineId) {
        List<Document> pipeline = List.of(
                new Document("$match", new Document("$and", List.of(new Document("pipelineId", pipelineId), inScope(scope)))),
                new Document("$group", new Document("_id", "$stageId")
                        .append("deals", new Document("$sum", 1))
                        .append("amount", new Document("$sum", "$amountInBase"))));
        List<FunnelStage> stages = new ArrayList<>();
        for (Document row : ReadModelReads.aggregate(mongo.getCollection(DealFact.COLLECTION), pipeline)) {
            stages.add(new FunnelStage(row.getString("_id"), ((Number) row.get("deals")).longValue(), decimal(row.get("amount"))));
        }
        stages.sort(Comparator.comparing(FunnelStage::stageId));
        return stages;
    }

    /**
     * Deals per stage of {@code pipelineId} at {@code at}, each with the amount in effect then (the last entry of its
     * amount history at or before {@code at}). The database selects the stays containing {@code at}; each deal's
     * amount then is chosen here over those stays only (see {@link #amountAt}), so the work is bounded by the deals
     * the pipeline held at {@code at}.
     */
    public List<FunnelStage> funnelAt(AccessScope scope, String pipelineId, Instant at) {
        Date instant = Date.from(at);
        Document stageAt = new Document("stages.pipelineId", pipelineId)
                .append("stages.enteredAt", new Document("$lte", instant))
                .append("$or", List.of(new Document("stages.leftAt", null), new Document("stages.leftAt", new Document("$gt", instant))));
        List<Document> pipeline = List.of(
                new Document("$match", new Document("$and", List.of(
                        new Document("stages", new Document("$elemMatch", new Document("pipelineId", pipelineId)
                                .append("enteredAt", new Document("$lte", instant)))),
                        inScope(scope)))),
                new Document("$unwind", "$stages"),
                new Document("$match", stageAt),
                new Document("$project", new Document("_id", 0).append("stageId", "$stages.stageId")
                        .append("amounts", 1).append("amountInBase", 1)));
        Map<String, long[]> deals = new TreeMap<>();
        Map<String, BigDecimal> amounts = new TreeMap<>();
        for (Document stay : ReadModelReads.aggregate(mongo.getCollection(DealFact.COLLECTION), pipeline)) {
            String stageId = stay.getString("stageId");
            deals.computeIfAbsent(stageId, k -> new long[1])[0]++;
            BigDecimal amount = amountAt(stay, at);
            amounts.merge(stageId, amount == null ? BigDecimal.ZERO : amount, BigDecimal::add);
        }
        List<FunnelStage> stages = new ArrayList<>();
        deals.forEach((stageId, count) -> stages.add(new FunnelStage(stageId, count[0], amounts.get(stageId))));
        return stages;
    }

    /**
     * The latest amount history entry at or before {@code at} (of equal instants, the later event); a fact built
     * before the history was kept has none and counts with its current amount until the read models are rebuilt.
     */
    private static BigDecimal amountAt(Document stay, Instant at) {
        Document chosen = null;
        for (Document change : stay.getList("amounts", Document.class, List.of())) {
            Instant since = change.getDate("at").toInstant();
            if (!since.isAfter(at) && (chosen == null || !since.isBefore(chosen.getDate("at").toInstant()))) {
                chosen = change;
            }
        }
        return decimalOrNull(chosen == null ? stay.get("amountInBase") : chosen.get("amountInBase"));
    }

    /** Dwell statistics per stage of {@code pipelineId} over the stays that ended in [from, to). */
    public List<StageDwell> dwell(AccessScope scope, String pipelineId, Instant from, Instant to) {
        Document endedInRange = new Document("stages.pipelineId", pipelineId)
                .append("stages.leftAt", new Document("$gte", Date.from(from)).append("$lt", Date.from(to)));
        List<Document> pipeline = List.of(
                new Document("$match", new Document("$and", List.of(
                        new Document("stages.pipelineId", pipelineId), inScope(scope)))),
                new Document("$unwind", "$stages"),
                new Document("$match", endedInRange),
                new Document("$project", new Document("_id", 0).append("stageId", "$stages.stageId")
                        .append("fromStageId", "$stages.fromStageId")
                        .append("enteredAt", "$stages.enteredAt").append("leftAt", "$stages.leftAt")));
        PipelineStageOrder order = mongo.findById(pipelineId, PipelineStageOrder.class);
        Map<String, StayDurations> byStage = new TreeMap<>();
        for (Document stay : ReadModelReads.aggregate(mongo.getCollection(DealFact.COLLECTION), pipeline)) {
            long seconds = Duration.between(stay.getDate("enteredAt").toInstant(), stay.getDate("leftAt").toInstant()).toSeconds();
            String stageId = stay.getString("stageId");
            String fromStageId = stay.getString("fromStageId");
            boolean stepBack = order != null && fromStageId != null && order.isBackward(fromStageId, stageId);
            byStage.computeIfAbsent(stageId, k -> new StayDurations()).add(seconds, stepBack);
        }
        List<StageDwell> dwell = new ArrayList<>();
        byStage.forEach((stageId, durations) -> dwell.add(durations.toDwell(stageId)));
        return dwell;
    }

    private Document inScope(AccessScope scope) {
        Criteria criteria = scope.toCriteria(DealFact.RESPONSIBLE, DealFact.OPEN);
        return (Document) mongo.getConverter().convertToMongoType(criteria.getCriteriaObject());
    }

    private static BigDecimal decimal(Object value) {
        BigDecimal decimal = decimalOrNull(value);
        return decimal == null ? BigDecimal.ZERO : decimal;
    }

    private static BigDecimal decimalOrNull(Object value) {
        return value instanceof Decimal128 decimal ? decimal.bigDecimalValue() : null;
    }

    private static final class StayDurations {
        private final List<Long> seconds = new ArrayList<>();
        private long backward;

        void add(long duration, boolean stepBack) {
            seconds.add(duration);
            if (stepBack) {
                backward++;
            }
        }

        StageDwell toDwell(String stageId) {
            List<Long> sorted = seconds.stream().sorted().toList();
            long total = sorted.stream().mapToLong(Long::longValue).sum();
            long average = BigDecimal.valueOf(total).divide(BigDecimal.valueOf(sorted.size()), 0, RoundingMode.HALF_EVEN).longValueExact();
            return new StageDwell(stageId, sorted.size(), average, nearestRank(sorted, 50), nearestRank(sorted, 90), backward);
        }

        /** The smallest duration with at least {@code percent}% of the stays at or below it. */
        private static long nearestRank(List<Long> sorted, int percent) {
            int rank = (percent * sorted.size() + 99) / 100;
            return sorted.get(Math.max(rank, 1) - 1);
        }
    }
}
