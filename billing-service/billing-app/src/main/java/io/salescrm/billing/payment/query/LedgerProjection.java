package io.salescrm.billing.payment.query;

import io.salescrm.billing.api.payment.PaymentRefundedEvent;
import io.salescrm.billing.api.payment.PaymentRegisteredEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Writes each payment and refund of an invoice into {@code invoice_ledger} (an upsert by invoice and sequence). */
@Component
@ProcessingGroup("invoice-ledger")
public class LedgerProjection {

    private final MongoTemplate mongo;

    public LedgerProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(PaymentRegisteredEvent e, @SequenceNumber long sequence) {
        mongo.save(new LedgerEntry(e.invoiceId() + ":" + sequence, e.invoiceId(), sequence, LedgerEntry.Kind.PAYMENT,
                e.paymentId(), null, e.amount(), e.currency(), e.paidOn(), e.method(), e.reference(), e.statementLineKey(),
                e.paidTotal(), e.balance(), e.registeredAt()));
    }

    @EventHandler
    void on(PaymentRefundedEvent e, @SequenceNumber long sequence) {
        mongo.save(new LedgerEntry(e.invoiceId() + ":" + sequence, e.invoiceId(), sequence, LedgerEntry.Kind.REFUND,
                e.paymentId(), e.refundId(), e.amount(), e.currency(), e.refundedOn(), null, e.reference(), null,
                e.paidTotal(), e.balance(), e.refundedAt()));
    }
}
