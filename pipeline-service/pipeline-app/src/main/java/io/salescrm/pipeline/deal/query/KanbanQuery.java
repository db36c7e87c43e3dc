package io.salescrm.pipeline.deal.query;

import io.salescrm.pipeline.api.pipeline.PipelineStage;
import io.salescrm.pipeline.funnel.query.PipelineView;
import org.bson.Document;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * A pipeline's board: per stage in board order, how many deals the caller may read are in it, their amount in the
 * base currency summed by the database ($match + $group), and one page of the newest of them.
 */
@Component
public class KanbanQuery {

    public record Column(String stageId, String name, String semantics, String colour, int probability, long count,
                         BigDecimal amountInBase, List<DealView> deals, int page, int size) {
    }

    public record Board(String pipelineId, String name, String baseCurrency, List<Column> columns) {
    }

    private record Totals(long count, BigDecimal amountInBase) {
    }

    private final MongoTemplate mongo;

    public KanbanQuery(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Every column with its first page of {@code size} deals. */
    public Board board(PipelineView pipeline, Criteria readable, String baseCurrency, int size) {
        Map<String, Totals> totals = totals(pipeline.id(), readable, baseCurrency);
        List<Column> columns = pipeline.stages().stream()
                .map(stage -> column(pipeline.id(), stage, readable, totals, 0, size)).toList();
        return new Board(pipeline.id(), pipeline.name(), baseCurrency, columns);
    }

    /** One column, page {@code page} of {@code size} deals (the per-column cursor of the board). */
    public Column column(PipelineView pipeline, PipelineStage stage, Criteria readable, String baseCurrency, int page, int size) {
        return column(pipeline.id(), stage, readable, totals(pipeline.id(), readable, baseCurrency), page, size);
    }

    private Column column(String pipelineId, PipelineStage stage, Criteria readable, Map<String, Totals> totals, int page, int size) {
        Totals columnTotals = totals.getOrDefault(stage.stageId(), new Totals(0, BigDecimal.ZERO));
        List<DealView> deals = columnTotals.count() == 0 ? List.of() : mongo.find(new Query(inColumn(pipelineId, stage.stageId(), readable))
                .with(PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("_id")))), DealView.class);
        return new Column(stage.stageId(), stage.name(), stage.semantics().name(), stage.colour(), stage.probability(),
                columnTotals.count(), columnTotals.amountInBase(), deals, page, size);
    }

    /** Sums of minor units (integers: exact on every MongoDB, the embedded one included) turned back into amounts. */
    private Map<String, Totals> totals(String pipelineId, Criteria readable, String baseCurrency) {
        int digits = Math.max(Currency.getInstance(baseCurrency).getDefaultFractionDigits(), 0);
        Aggregation aggregation = Aggregation.newAggregation(
                Aggregation.match(new Criteria().andOperator(where(DealView.PIPELINE).is(pipelineId), readable)),
                Aggregation.group(DealView.STAGE).count().as("count").sum(DealView.AMOUNT_IN_BASE_MINOR_UNITS).as("minorUnits"));
        Map<String, Totals> totals = new HashMap<>();
        for (Document group : mongo.aggregate(aggregation, DealView.COLLECTION, Document.class)) {
            long minorUnits = ((Number) group.get("minorUnits")).longValue();
            totals.put(group.getString("_id"), new Totals(((Number) group.get("count")).longValue(), BigDecimal.valueOf(minorUnits, digits)));
        }
        return totals;
    }

    private static Criteria inColumn(String pipelineId, String stageId, Criteria readable) {
        return new Criteria().andOperator(where(DealView.PIPELINE).is(pipelineId), where(DealView.STAGE).is(stageId), readable);
    }
}
