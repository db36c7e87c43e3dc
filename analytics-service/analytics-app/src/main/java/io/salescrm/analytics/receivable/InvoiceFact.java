package io.salescrm.analytics.receivable;

import io.salescrm.analytics.period.PeriodKeys;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * One invoice as analytics knows it, in collection {@code invoice_facts} (documented for BI tools in
 * docs/analytics-read-models.md). {@code sequence} is the last applied event's sequence number of the invoice (its
 * payments are events of the same aggregate): an event at or below it is ignored, so redelivery and replay are
 * harmless. Once issued it belongs to the responsible employee of the issue event and his primary unit at
 * {@code issuedAt}; its periods are those of the issue date. Amounts in the base currency use the invoice's rate.
 */
@Document(InvoiceFact.COLLECTION)
public class InvoiceFact {

    public static final String COLLECTION = "invoice_facts";
    public static final String RESPONSIBLE = "responsibleId";
    public static final String OPEN = "open";

    @Id
    private String invoiceId;
    private long sequence;
    @Indexed
    private String responsibleId;
    private boolean open;
    private String groupId;
    private String currency;
    @Field(targetType = FieldType.DECIMAL128)
    private BigDecimal total;
    @Field(targetType = FieldType.DECIMAL128)
    private BigDecimal balance;
    private String baseCurrency;
    @Field(targetType = FieldType.DECIMAL128)
    private BigDecimal rateToBase;
    private Instant issuedAt;
    /** The issue date's start (UTC), for range filters. */
    private Instant issuedOn;
    private Map<String, String> periods;
    private boolean overdue;
    private boolean cancelled;
    @Field(targetType = FieldType.DECIMAL128)
    private BigDecimal invoicedInBase;
    @Field(targetType = FieldType.DECIMAL128)
    private BigDecimal paidInBase;
    @Field(targetType = FieldType.DECIMAL128)
    private BigDecimal outstandingInBase;
    @Field(targetType = FieldType.DECIMAL128)
    private BigDecimal overdueInBase;

    InvoiceFact() {
    }

    static InvoiceFact drafted(String invoiceId, long sequence, String responsibleId, boolean open, String currency,
                               BigDecimal total, String baseCurrency, BigDecimal rateToBase, BigDecimal totalInBase) {
        InvoiceFact fact = new InvoiceFact();
        fact.invoiceId = invoiceId;
        fact.sequence = sequence;
        fact.responsibleId = responsibleId;
        fact.open = open;
        fact.balance = total;
        fact.amounts(currency, total, baseCurrency, rateToBase, totalInBase);
        return fact;
    }

    boolean isNew(long eventSequence) {
        return eventSequence > sequence;
    }

    void applied(long eventSequence) {
        sequence = eventSequence;
    }

    void issued(String newResponsibleId, String unitId, LocalDate issueDate, Instant at, String newCurrency,
                BigDecimal newTotal, String newBaseCurrency, BigDecimal newRateToBase, BigDecimal totalInBase) {
        responsibleId = newResponsibleId;
        groupId = unitId;
        issuedAt = at;
        issuedOn = issueDate.atStartOfDay(ZoneOffset.UTC).toInstant();
        periods = PeriodKeys.of(issuedOn);
        amounts(newCurrency, newTotal, newBaseCurrency, newRateToBase, totalInBase);
    }

    void balanceIs(BigDecimal newBalance) {
        balance = newBalance;
        recompute();
    }

    void becameOverdue() {
        overdue = true;
        recompute();
    }

    void cancelled() {
        cancelled = true;
    }

    /** Re-resolves the unit at issue time with {@code unitAt}; whether it changed. */
    boolean regroup(BiFunction<String, Instant, String> unitAt) {
        if (issuedAt == null) {
            return false;
        }
        String unit = unitAt.apply(responsibleId, issuedAt);
        boolean changed = !Objects.equals(unit, groupId);
        groupId = unit;
        return changed;
    }

    private void amounts(String newCurrency, BigDecimal newTotal, String newBaseCurrency, BigDecimal newRateToBase,
                         BigDecimal totalInBase) {
        currency = newCurrency;
        total = newTotal;
        baseCurrency = newBaseCurrency;
        rateToBase = newRateToBase;
        invoicedInBase = totalInBase;
        recompute();
    }

    /**
     * The outstanding balance at the invoice's rate, half-even to the base currency's minor unit and never below zero
     * nor above the total; paid is the rest of the total, so invoiced = paid + outstanding holds exactly.
     */
    private void recompute() {
        int minorUnits = Currency.getInstance(baseCurrency).getDefaultFractionDigits();
        BigDecimal outstanding = balance.multiply(rateToBase).setScale(minorUnits, RoundingMode.HALF_EVEN)
                .max(BigDecimal.ZERO).min(invoicedInBase);
        outstandingInBase = outstanding;
        paidInBase = invoicedInBase.subtract(outstanding);
        overdueInBase = overdue ? outstanding : BigDecimal.ZERO.setScale(minorUnits);
    }

    public String invoiceId() {
        return invoiceId;
    }
}
