package io.salescrm.analytics.receivable;

import io.salescrm.analytics.api.Dimension;
import io.salescrm.analytics.api.ReceivableFigures;
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
import java.util.Comparator;
import java.util.Currency;
import java.util.List;

/**
 * Receivables grouped in the database by key (manager or group at issue time) and period of the issue date, over the
 * issued, not cancelled invoices of {@code invoice_facts} whose responsible employee the caller's scope reaches.
 */
@Component
public class ReceivablesQuery {

    private final MongoTemplate mongo;
    private final String baseCurrency;

    public ReceivablesQuery(MongoTemplate mongo, @Value("${crm.currency.base}") String baseCurrency) {
        this.mongo = mongo;
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
        List<ReceivableFigures> rows = new ArrayList<>();
        for (Document row : mongo.getCollection(InvoiceFact.COLLECTION).aggregate(pipeline)) {
            Document id = (Document) row.get("_id");
            rows.add(new ReceivableFigures(id.getString("key"), id.getString("period"),
                    ((Number) row.get("invoices")).longValue(), amount(row.get("invoiced")), amount(row.get("paid")),
                    amount(row.get("outstanding")), amount(row.get("overdue"))));
        }
        rows.sort(Comparator.comparing(ReceivableFigures::period)
                .thenComparing(ReceivableFigures::key, Comparator.nullsFirst(Comparator.naturalOrder())));
        return rows;
    }

    private static String keyField(Dimension by) {
        return switch (by) {
            case MANAGER -> InvoiceFact.RESPONSIBLE;
            case GROUP -> "groupId";
            case DEPARTMENT, PIPELINE, SOURCE -> throw new InvalidFieldException("by", "receivables are by manager (MANAGER) or group (GROUP)");
        };
    }

    private BigDecimal amount(Object value) {
        BigDecimal sum;
        if (value instanceof Decimal128 decimal) {
            sum = decimal.bigDecimalValue();
        } else if (value instanceof Number number && number.longValue() == 0) {
            sum = BigDecimal.ZERO;
        } else {
            throw new IllegalStateException("amounts must be stored as Decimal128, found " + value);
        }
        int minorUnits = Currency.getInstance(baseCurrency).getDefaultFractionDigits();
        return sum.setScale(Math.max(minorUnits, sum.scale()), RoundingMode.UNNECESSARY);
    }
}
