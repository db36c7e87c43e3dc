package io.salescrm.analytics.receivable;

import io.salescrm.analytics.AnalyticsProcessing;
import io.salescrm.analytics.org.EmployeeUnits;
import io.salescrm.billing.api.invoice.InvoiceCancelledEvent;
import io.salescrm.billing.api.invoice.InvoiceCreatedEvent;
import io.salescrm.billing.api.invoice.InvoiceIssuedEvent;
import io.salescrm.billing.api.invoice.InvoiceOverdueEvent;
import io.salescrm.billing.api.payment.PaymentRefundedEvent;
import io.salescrm.billing.api.payment.PaymentRegisteredEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.function.Consumer;

/**
 * Builds {@code invoice_facts} from the billing topic, one document per invoice folded event by event; an event is
 * applied only if its sequence number is above the document's (the topic is keyed by invoice id, so events of one
 * invoice arrive in order), which makes redelivered and replayed events change nothing.
 */
@Component
@ProcessingGroup(AnalyticsProcessing.GROUP)
public class InvoiceFactsProjection {

    private final MongoTemplate mongo;
    private final EmployeeUnits units;

    public InvoiceFactsProjection(MongoTemplate mongo, EmployeeUnits units) {
        this.mongo = mongo;
        this.units = units;
    }

    @EventHandler
    void on(InvoiceCreatedEvent event, @SequenceNumber long sequence) {
        if (mongo.findById(event.invoiceId(), InvoiceFact.class) != null) {
            return;
        }
        mongo.insert(InvoiceFact.drafted(event.invoiceId(), sequence, event.responsibleId(), event.open(),
                event.currency(), event.total(), event.baseCurrency(), event.rateToBase(), event.totalInBase()));
    }

    @EventHandler
    void on(InvoiceIssuedEvent event, @SequenceNumber long sequence) {
        apply(event.invoiceId(), sequence, fact -> fact.issued(event.responsibleId(),
                units.unitAt(event.responsibleId(), event.issuedAt()), event.issueDate(), event.issuedAt(),
                event.currency(), event.total(), event.baseCurrency(), event.rateToBase(), event.totalInBase()));
    }

    @EventHandler
    void on(PaymentRegisteredEvent event, @SequenceNumber long sequence) {
        apply(event.invoiceId(), sequence, fact -> fact.balanceIs(event.balance()));
    }

    @EventHandler
    void on(PaymentRefundedEvent event, @SequenceNumber long sequence) {
        apply(event.invoiceId(), sequence, fact -> fact.balanceIs(event.balance()));
    }

    @EventHandler
    void on(InvoiceOverdueEvent event, @SequenceNumber long sequence) {
        apply(event.invoiceId(), sequence, InvoiceFact::becameOverdue);
    }

    @EventHandler
    void on(InvoiceCancelledEvent event, @SequenceNumber long sequence) {
        apply(event.invoiceId(), sequence, InvoiceFact::cancelled);
    }

    private void apply(String invoiceId, long sequence, Consumer<InvoiceFact> change) {
        InvoiceFact fact = mongo.findById(invoiceId, InvoiceFact.class);
        if (fact == null || !fact.isNew(sequence)) {
            return;
        }
        change.accept(fact);
        fact.applied(sequence);
        mongo.save(fact);
    }
}
