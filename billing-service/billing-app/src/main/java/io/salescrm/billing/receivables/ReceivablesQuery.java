package io.salescrm.billing.receivables;

import io.salescrm.billing.api.invoice.InvoiceStatus;
import io.salescrm.billing.invoice.query.InvoiceView;
import io.salescrm.platform.access.AccessScope;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Sums issued invoices in the database, per employee responsible or per payer and currency, inside the caller's
 * access scope: one aggregation for issued, paid and outstanding, and one per age bucket for the balances past their
 * due date (1-30, 31-60, 61-90, over 90 days on {@code today}), each filtered before grouping.
 */
@Component
public class ReceivablesQuery {

    /** Issued and not cancelled: the invoices that are owed or were paid. */
    static final List<InvoiceStatus> RECEIVABLE = List.of(InvoiceStatus.ISSUED, InvoiceStatus.PARTIALLY_PAID,
            InvoiceStatus.OVERDUE, InvoiceStatus.PAID);

    private final MongoTemplate mongo;

    public ReceivablesQuery(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Rows per responsible employee and currency. */
    public List<ReceivablesRow> byResponsible(AccessScope scope, LocalDate today) {
        return rows(scope, today, "responsibleId", null);
    }

    /** Rows per client (company, else contact) and currency, named as the invoices print the payer. */
    public List<ReceivablesRow> byClient(AccessScope scope, LocalDate today) {
        List<ReceivablesRow> companies = rows(scope, today, "companyId", where("companyId").ne(null));
        List<ReceivablesRow> contacts = rows(scope, today, "contactId", where("companyId").is(null));
        List<ReceivablesRow> all = new ArrayList<>(companies);
        all.addAll(contacts);
        return all;
    }

    private List<ReceivablesRow> rows(AccessScope scope, LocalDate today, String keyField, Criteria extra) {
        List<Criteria> base = new ArrayList<>(List.of(scope.toCriteria(InvoiceView.RESPONSIBLE, InvoiceView.OPEN),
                where("status").in(RECEIVABLE)));
        if (extra != null) {
            base.add(extra);
        }
        Map<List<String>, Document> totals = group(base, keyField, Aggregation.group(keyField, "currency")
                .count().as("invoices").sum("total").as("issued").sum("paidAmount").as("paid")
                .sum("balance").as("outstanding").first("payer.name").as("name"));
        long day = today.toEpochDay();
        List<Map<List<String>, Document>> buckets = List.of(
                overdue(base, keyField, day - 30, day - 1),
                overdue(base, keyField, day - 60, day - 31),
                overdue(base, keyField, day - 90, day - 61),
                overdue(base, keyField, Long.MIN_VALUE, day - 91));
        List<ReceivablesRow> rows = new ArrayList<>();
        totals.forEach((key, figures) -> rows.add(new ReceivablesRow(key.get(0), figures.getString("name"), key.get(1),
                ((Number) figures.get("invoices")).longValue(), decimal(figures.get("issued")),
                decimal(figures.get("paid")), decimal(figures.get("outstanding")),
                balance(buckets.get(0), key), balance(buckets.get(1), key), balance(buckets.get(2), key),
                balance(buckets.get(3), key))));
        return rows;
    }

    private Map<List<String>, Document> overdue(List<Criteria> base, String keyField, long fromDay, long toDay) {
        List<Criteria> filters = new ArrayList<>(base);
        filters.add(where("balance").gt(new Decimal128(BigDecimal.ZERO)));
        filters.add(fromDay == Long.MIN_VALUE ? where("dueDay").lte(toDay) : where("dueDay").gte(fromDay).lte(toDay));
        return group(filters, keyField, Aggregation.group(keyField, "currency").sum("balance").as("outstanding"));
    }

    private Map<List<String>, Document> group(List<Criteria> filters, String keyField, AggregationOperation grouping) {
        Aggregation aggregation = Aggregation.newAggregation(
                Aggregation.match(new Criteria().andOperator(filters)), grouping);
        Map<List<String>, Document> byKey = new HashMap<>();
        for (Document result : mongo.aggregate(aggregation, InvoiceView.COLLECTION, Document.class).getMappedResults()) {
            Document id = (Document) result.get("_id");
            byKey.put(List.of(String.valueOf(id.get(keyField)), String.valueOf(id.get("currency"))), result);
        }
        return byKey;
    }

    private static BigDecimal balance(Map<List<String>, Document> bucket, List<String> key) {
        Document figures = bucket.get(key);
        return figures == null ? BigDecimal.ZERO.setScale(2) : decimal(figures.get("outstanding"));
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof Decimal128 decimal) {
            return decimal.bigDecimalValue();
        }
        throw new IllegalStateException("invoice amounts must be stored as Decimal128, found " + value);
    }
}
