package io.salescrm.billing.invoice.query;

import io.salescrm.billing.api.invoice.InvoiceCancelledEvent;
import io.salescrm.billing.api.invoice.InvoiceCreatedEvent;
import io.salescrm.billing.api.invoice.InvoiceIssuedEvent;
import io.salescrm.billing.api.invoice.InvoiceOverdueEvent;
import io.salescrm.billing.api.invoice.InvoicePaidEvent;
import io.salescrm.billing.api.invoice.InvoiceStatus;
import io.salescrm.billing.api.payment.PaymentRefundedEvent;
import io.salescrm.billing.api.payment.PaymentRegisteredEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.function.UnaryOperator;

/**
 * Keeps {@code invoices} up to date from the local event store. Every change is applied to the invoice's document
 * only if the event is newer than the document's {@code version}, so redelivery and replay leave it unchanged.
 */
@Component
@ProcessingGroup("invoice-view")
public class InvoiceViewProjection {

    private final InvoiceViewRepository invoices;

    public InvoiceViewProjection(InvoiceViewRepository invoices) {
        this.invoices = invoices;
    }

    @EventHandler
    void on(InvoiceCreatedEvent e, @SequenceNumber long sequence) {
        if (invoices.existsById(e.invoiceId())) {
            return;
        }
        invoices.save(new InvoiceView(e.invoiceId(), null, InvoiceStatus.DRAFT, e.source(), e.quoteId(), e.dealId(),
                e.companyId(), e.contactId(), e.responsibleId(), e.open(), e.currency(), e.baseCurrency(), e.rateToBase(),
                e.vatIncluded(), e.lines(), e.vatLines(), e.netTotal(), e.vatTotal(), e.total(), e.totalInBase(),
                e.total().multiply(BigDecimal.ZERO), e.total(), false, e.paymentTermDays(), e.comment(), null, null, null,
                null, null, e.createdAt(), null, null, null, null, sequence));
    }

    @EventHandler
    void on(InvoiceIssuedEvent e, @SequenceNumber long sequence) {
        update(e.invoiceId(), sequence, v -> new InvoiceView(v.id(), e.number(), InvoiceStatus.ISSUED, v.source(),
                v.quoteId(), v.dealId(), v.companyId(), v.contactId(), v.responsibleId(), v.open(), v.currency(),
                v.baseCurrency(), v.rateToBase(), v.vatIncluded(), v.lines(), v.vatLines(), v.netTotal(), v.vatTotal(), v.total(),
                v.totalInBase(), v.paidAmount(), v.balance(), v.overdue(), v.paymentTermDays(), v.comment(),
                e.issueDate(), e.dueDate(), e.dueDate().toEpochDay(), e.payer(), e.seller(), v.createdAt(), e.issuedAt(),
                v.paidAt(), v.cancelledAt(), v.cancelReason(), sequence));
    }

    @EventHandler
    void on(PaymentRegisteredEvent e, @SequenceNumber long sequence) {
        update(e.invoiceId(), sequence, v -> withMoney(v, e.paidTotal(), e.balance(), v.overdue(), sequence));
    }

    @EventHandler
    void on(PaymentRefundedEvent e, @SequenceNumber long sequence) {
        update(e.invoiceId(), sequence, v -> withMoney(v, e.paidTotal(), e.balance(), v.overdue(), sequence));
    }

    @EventHandler
    void on(InvoiceOverdueEvent e, @SequenceNumber long sequence) {
        update(e.invoiceId(), sequence, v -> withMoney(v, v.paidAmount(), v.balance(), true, sequence));
    }

    @EventHandler
    void on(InvoicePaidEvent e, @SequenceNumber long sequence) {
        update(e.invoiceId(), sequence, v -> new InvoiceView(v.id(), v.number(), InvoiceStatus.PAID, v.source(),
                v.quoteId(), v.dealId(), v.companyId(), v.contactId(), v.responsibleId(), v.open(), v.currency(),
                v.baseCurrency(), v.rateToBase(), v.vatIncluded(), v.lines(), v.vatLines(), v.netTotal(), v.vatTotal(), v.total(),
                v.totalInBase(), v.paidAmount(), v.balance(), v.overdue(), v.paymentTermDays(), v.comment(),
                v.issueDate(), v.dueDate(), v.dueDay(), v.payer(), v.seller(), v.createdAt(), v.issuedAt(), e.paidAt(),
                v.cancelledAt(), v.cancelReason(), sequence));
    }

    @EventHandler
    void on(InvoiceCancelledEvent e, @SequenceNumber long sequence) {
        update(e.invoiceId(), sequence, v -> new InvoiceView(v.id(), v.number(), InvoiceStatus.CANCELLED, v.source(),
                v.quoteId(), v.dealId(), v.companyId(), v.contactId(), v.responsibleId(), v.open(), v.currency(),
                v.baseCurrency(), v.rateToBase(), v.vatIncluded(), v.lines(), v.vatLines(), v.netTotal(), v.vatTotal(), v.total(),
                v.totalInBase(), v.paidAmount(), v.balance(), v.overdue(), v.paymentTermDays(), v.comment(),
                v.issueDate(), v.dueDate(), v.dueDay(), v.payer(), v.seller(), v.createdAt(), v.issuedAt(), v.paidAt(),
                e.cancelledAt(), e.reason(), sequence));
    }

    private static InvoiceView withMoney(InvoiceView v, BigDecimal paid, BigDecimal balance, boolean overdue, long sequence) {
        return new InvoiceView(v.id(), v.number(), InvoiceView.statusOf(v.total(), paid, overdue), v.source(),
                v.quoteId(), v.dealId(), v.companyId(), v.contactId(), v.responsibleId(), v.open(), v.currency(),
                v.baseCurrency(), v.rateToBase(), v.vatIncluded(), v.lines(), v.vatLines(), v.netTotal(), v.vatTotal(), v.total(),
                v.totalInBase(), paid, balance, overdue, v.paymentTermDays(), v.comment(), v.issueDate(), v.dueDate(),
                v.dueDay(), v.payer(), v.seller(), v.createdAt(), v.issuedAt(),
                paid.compareTo(v.total()) >= 0 ? v.paidAt() : null, v.cancelledAt(), v.cancelReason(), sequence);
    }

    private void update(String invoiceId, long sequence, UnaryOperator<InvoiceView> change) {
        invoices.findById(invoiceId)
                .filter(view -> sequence > view.version())
                .ifPresent(view -> invoices.save(change.apply(view)));
    }
}
