package io.salescrm.analytics.receivable;

import io.salescrm.analytics.ReadModelReads;
import io.salescrm.analytics.api.Dimension;
import io.salescrm.analytics.api.ReceivableFigures;
import io.salescrm.analytics.org.OrgTree;
import io.salescrm.analytics.period.Granularity;
import io.salescrm.platform.access.AccessScope;
import io.salescrm.platform.rules.InvalidFieldException;
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
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Receivables grouped in the database by key (manager or group at issue time) and period of the issue date, over the
 * issued, not cancelled invoices of {@code invoice_facts} whose responsible employee the caller's scope reaches; by
 * department, the groups' rows are rolled up to their departments in the org tree as it is now.
 */
@Component
public class ReceivablesQuery {

    private final MongoTemplate mongo;
    private final OrgTree tree;
    private final String baseCurrency;

    public ReceivablesQuery(MongoTemplate mongo, OrgTree tree, @Value("${crm.currency.base}") String baseCurrency) {
        this.mongo = mongo;
        this.tree = tree;
        this.baseCurrency = baseCurrency;
    }

    public String baseCurrency() {
        return baseCurrency;
    }

    /** Every row (key x period) of invoices issued in [from, to), ordered by period then key (null keys first). */
    public List<ReceivableFigures> receivables(AccessScope scope, Dimension by, Granularity granularity, Instant from,
                                               Instant to) {
        Document match = new Criteria().andOperator(
                Criteria.where("issuedOn").gte(from).lt(to),
                Criteria.where("cancelled").is(false),
                scope.toCriteria(InvoiceFact.RESPONSIBLE, InvoiceFact.OPEN)).getCriteriaObject();
        Document group = new Document("_id", new Document("key", "$" + keyField(by))
                .append("period", "$periods." + granularity.name()))
                .append("invoices", new Document("$sum", 1))
                .append("invoiced", new Document("$sum", "$invoicedInBase"))
                .append("paid", new Document("$sum", "$paidInBase"))
                .append("outstanding", new Document("$sum", "$outstandingInBase"))
                .append("overdue", new Document("$sum", "$overdueInBase"));
        List<Document> pipeline = List.of(new Document("$match", mongo.getConverter().convertToMongoType(match)),
                new Document("$group", group));
        Function<String, String> rowKeyOf = by == Dimension.DEPARTMENT ? tree.departmentsOfGroups() : Function.identity();
        Map<List<String>, Sums> sums = new HashMap<>();
        for (Document row : ReadModelReads.aggregate(mongo.getCollection(InvoiceFact.COLLECTION), pipeline)) {
            Document id = (Document) row.get("_id");
            sums.computeIfAbsent(Arrays.asList(rowKeyOf.apply(id.getString("key")), id.getString("period")), k -> new Sums())
                    .add(row);
        }
        List<ReceivableFigures> rows = new ArrayList<>();
        sums.forEach((key, sum) -> rows.add(new ReceivableFigures(key.get(0), key.get(1), sum.invoices,
                amount(sum.invoiced), amount(sum.paid), amount(sum.outstanding), amount(sum.overdue))));
        rows.sort(Comparator.comparing(ReceivableFigures::period)
                .thenComparing(ReceivableFigures::key, Comparator.nullsFirst(Comparator.naturalOrder())));
        return rows;
    }

    private static String keyField(Dimension by) {
        return switch (by) {
            case MANAGER -> InvoiceFact.RESPONSIBLE;
            case GROUP, DEPARTMENT -> "groupId";
            case PIPELINE, SOURCE -> throw new InvalidFieldException("by",
                    "receivables are by manager (MANAGER), group (GROUP) or department (DEPARTMENT)");
        };
    }

    private BigDecimal amount(BigDecimal sum) {
        int minorUnits = Currency.getInstance(baseCurrency).getDefaultFractionDigits();
        return sum.setScale(Math.max(minorUnits, sum.scale()), RoundingMode.UNNECESSARY);
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof Decimal128 decimal) {
            return decimal.bigDecimalValue();
        }
        if (value instanceof Number number && number.longValue() == 0) {
            return BigDecimal.ZERO;
        }
        throw new IllegalStateException("amounts must be stored as Decimal128, found " + value);
    }

    /** The sums of one row, over the database's groups that map to it (several groups of one department). */
    private static final class Sums {
        long invoices;
        BigDecimal invoiced = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal outstanding = BigDecimal.ZERO;
        BigDecimal overdue = BigDecimal.ZERO;

        void add(Document group) {
            invoices += ((Number) group.get("invoices")).longValue();
            invoiced = invoiced.add(decimal(group.get("invoiced")));
            paid = paid.add(decimal(group.get("paid")));
            outstanding = outstanding.add(decimal(group.get("outstanding")));
            overdue = overdue.add(decimal(group.get("overdue")));
        }
    }
}
