package io.salescrm.billing.payment.query;

import io.salescrm.billing.api.payment.PaymentMethod;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One movement of money on an invoice (MongoDB collection {@code invoice_ledger}): a payment in or a refund out,
 * with the invoice's paid total and balance after it. Keyed by invoice and event sequence number, so a replayed
 * event writes the same entry again; {@code sequence} orders the ledger.
 */
@Document(LedgerEntry.COLLECTION)
@CompoundIndex(name = "invoice_in_order", def = "{'invoiceId': 1, 'sequence': 1}")
public record LedgerEntry(
        @Id String id,
        String invoiceId,
        long sequence,
        Kind kind,
        String paymentId,
        String refundId,
        @Field(targetType = FieldType.DECIMAL128) BigDecimal amount,
        String currency,
        LocalDate date,
        PaymentMethod method,
        String reference,
        String statementLineKey,
        @Field(targetType = FieldType.DECIMAL128) BigDecimal paidTotalAfter,
        @Field(targetType = FieldType.DECIMAL128) BigDecimal balanceAfter,
        Instant recordedAt) {

    public static final String COLLECTION = "invoice_ledger";

    public enum Kind { PAYMENT, REFUND }
}
