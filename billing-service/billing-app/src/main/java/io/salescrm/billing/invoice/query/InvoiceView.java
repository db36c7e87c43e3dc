package io.salescrm.billing.invoice.query;

import io.salescrm.billing.api.invoice.InvoiceLine;
import io.salescrm.billing.api.invoice.InvoiceSource;
import io.salescrm.billing.api.invoice.InvoiceStatus;
import io.salescrm.billing.api.invoice.PartyRequisites;
import io.salescrm.billing.api.invoice.VatLine;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Billing's read model of an invoice, MongoDB collection {@code invoices}. Access rights filter it by
 * {@code responsibleId} (and {@code open}). {@code dueDay} is the due date as an epoch day, so receivables can put
 * balances into age buckets with plain range queries. {@code version} is the sequence number of the last event
 * applied: an older or repeated event changes nothing.
 */
@Document(InvoiceView.COLLECTION)
@CompoundIndex(name = "responsible_newest_first", def = "{'responsibleId': 1, 'createdAt': -1}")
public record InvoiceView(
        @Id String id,
        @Indexed String number,
        @Indexed InvoiceStatus status,
        InvoiceSource source,
        String quoteId,
        @Indexed String dealId,
        @Indexed String companyId,
        String contactId,
        @Indexed String responsibleId,
        @Indexed boolean open,
        String currency,
        String baseCurrency,
        BigDecimal rateToBase,
        boolean vatIncluded,
        List<InvoiceLine> lines,
        List<VatLine> vatLines,
        @Field(targetType = FieldType.DECIMAL128) BigDecimal netTotal,
        @Field(targetType = FieldType.DECIMAL128) BigDecimal vatTotal,
        @Field(targetType = FieldType.DECIMAL128) BigDecimal total,
        @Field(targetType = FieldType.DECIMAL128) BigDecimal totalInBase,
        @Field(targetType = FieldType.DECIMAL128) BigDecimal paidAmount,
        @Field(targetType = FieldType.DECIMAL128) BigDecimal balance,
        boolean overdue,
        int paymentTermDays,
        String comment,
        LocalDate issueDate,
        LocalDate dueDate,
        @Indexed Long dueDay,
        PartyRequisites payer,
        PartyRequisites seller,
        @Indexed Instant createdAt,
        Instant issuedAt,
        Instant paidAt,
        Instant cancelledAt,
        String cancelReason,
        long version) {

    public static final String COLLECTION = "invoices";
    public static final String RESPONSIBLE = "responsibleId";
    public static final String OPEN = "open";

    /** The status the figures give: paid in full, partly, overdue with a balance, or just issued. */
    static InvoiceStatus statusOf(BigDecimal total, BigDecimal paid, boolean overdue) {
        if (paid.compareTo(total) >= 0) {
            return InvoiceStatus.PAID;
        }
        if (overdue) {
            return InvoiceStatus.OVERDUE;
        }
        return paid.signum() > 0 ? InvoiceStatus.PARTIALLY_PAID : InvoiceStatus.ISSUED;
    }
}
