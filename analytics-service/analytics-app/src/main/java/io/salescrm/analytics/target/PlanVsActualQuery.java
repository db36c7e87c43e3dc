package io.salescrm.analytics.target;

import io.salescrm.analytics.ReadModelReads;
import io.salescrm.analytics.api.PlanVsActual;
import io.salescrm.analytics.deal.DealFact;
import io.salescrm.analytics.deal.DealStatus;
import io.salescrm.analytics.org.OrgTree;
import io.salescrm.platform.access.AccessScope;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Targets against the won facts of their subject and period. A caller sees a target when his analytics READ scope
 * covers its subject: an employee in the scope, a unit all of whose current members (sub-units included) are in it,
 * the company only with a scope over everything.
 */
@Component
public class PlanVsActualQuery {

    private final MongoTemplate mongo;
    private final OrgTree org;
    private final String baseCurrency;

    public PlanVsActualQuery(MongoTemplate mongo, OrgTree org, @Value("${crm.currency.base}") String baseCurrency) {
        this.mongo = mongo;
        this.org = org;
        this.baseCurrency = baseCurrency;
    }

    /** The live targets whose period overlaps [from, to), visible to the scope, ordered by start then id. */
    public List<PlanVsActual> planVsActual(AccessScope scope, LocalDate from, LocalDate to, int page, int size) {
        Query overlapping = Query.query(Criteria.where("cancelled").is(false).and("start").lt(to).and("end").gte(from))
                .with(Sort.by("start", "_id"));
        List<PlanVsActual> rows = new ArrayList<>();
        long skip = (long) page * size;
        try (var targets = mongo.stream(overlapping, TargetFact.class)) {
            for (TargetFact target : (Iterable<TargetFact>) targets::iterator) {
                Set<String> units = target.subjectType().equals("UNIT") ? org.unitAndDescendants(target.subjectId()) : Set.of();
                if (!visible(scope, target, units)) {
                    continue;
                }
                if (skip-- > 0) {
                    continue;
                }
                rows.add(compare(target, units));
                if (rows.size() == size) {
                    break;
                }
            }
        }
        return rows;
    }

    private boolean visible(AccessScope scope, TargetFact target, Set<String> units) {
        if (scope.isAll()) {
            return true;
        }
        return switch (target.subjectType()) {
            case "EMPLOYEE" -> scope.covers(target.subjectId(), false);
            case "UNIT" -> {
                Set<String> members = org.membersOf(units);
                yield !members.isEmpty() && scope.responsibleIds().containsAll(members);
            }
            default -> false;
        };
    }

    private PlanVsActual compare(TargetFact target, Set<String> units) {
        List<Criteria> filters = new ArrayList<>(List.of(
                Criteria.where("closed.outcome").is(DealStatus.WON.name()),
                Criteria.where("closed.at").gte(target.start().atStartOfDay(ZoneOffset.UTC).toInstant())
                        .lt(target.end().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())));
        switch (target.subjectType()) {
            case "EMPLOYEE" -> filters.add(Criteria.where("closed.responsibleId").is(target.subjectId()));
            case "UNIT" -> filters.add(Criteria.where("closed.groupId").in(units));
            default -> { }
        }
        Document match = (Document) mongo.getConverter().convertToMongoType(new Criteria().andOperator(filters).getCriteriaObject());
        Document totals = ReadModelReads.first(mongo.getCollection(DealFact.COLLECTION), List.of(new Document("$match", match),
                new Document("$group", new Document("_id", null).append("won", new Document("$sum", 1))
                        .append("volume", new Document("$sum", "$closed.amountInBase")))));
        long won = totals == null ? 0 : ((Number) totals.get("won")).longValue();
        BigDecimal volume = totals == null || !(totals.get("volume") instanceof Decimal128 d) ? BigDecimal.ZERO : d.bigDecimalValue();
        boolean amount = target.measure().equals("AMOUNT");
        BigDecimal plan = amount ? target.amount() : BigDecimal.valueOf(target.count());
        BigDecimal actual = amount ? volume : BigDecimal.valueOf(won);
        boolean comparable = plan.signum() > 0 && (!amount || baseCurrency.equals(target.currency()));
        BigDecimal percent = comparable
                ? actual.multiply(BigDecimal.valueOf(100)).divide(plan, 2, RoundingMode.HALF_EVEN) : null;
        return new PlanVsActual(target.targetId(), target.subjectType(), target.subjectId(), target.start(), target.end(),
                target.measure(), plan, actual, amount ? target.currency() : null, percent);
    }
}
