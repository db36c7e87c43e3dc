package io.salescrm.billing.reference.deal;

import io.salescrm.billing.reference.ReferenceWriter;
import io.salescrm.pipeline.api.deal.DealCompanySetEvent;
import io.salescrm.pipeline.api.deal.DealContactAttachedEvent;
import io.salescrm.pipeline.api.deal.DealContactDetachedEvent;
import io.salescrm.pipeline.api.deal.DealCreatedEvent;
import io.salescrm.pipeline.api.deal.DealDetailsChangedEvent;
import io.salescrm.pipeline.api.deal.DealProductRowsSetEvent;
import io.salescrm.pipeline.api.deal.DealReassignedEvent;
import io.salescrm.pipeline.api.deal.ProductRow;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

@Component
@ProcessingGroup(ReferenceWriter.PROCESSING_GROUP)
class DealReferenceProjection {

    private final ReferenceWriter writer;

    DealReferenceProjection(ReferenceWriter writer) {
        this.writer = writer;
    }

    @EventHandler
    void on(DealCreatedEvent e, @SequenceNumber long sequence) {
        writer.apply(DealReference.class, e.dealId(), sequence, DealReference::version,
                current -> new DealReference(e.dealId(), e.title(), e.amount(), e.currency(), e.responsibleId(), e.open(),
                        e.companyId(), e.contactIds(), rows(e.productRows()), sequence));
    }

    @EventHandler
    void on(DealDetailsChangedEvent e, @SequenceNumber long sequence) {
        writer.applyToExisting(DealReference.class, e.dealId(), sequence, DealReference::version,
                d -> new DealReference(d.id(), e.title(), e.amount(), e.currency(), d.responsibleId(), e.open(),
                        d.companyId(), d.contactIds(), d.rows(), sequence));
    }

    @EventHandler
    void on(DealProductRowsSetEvent e, @SequenceNumber long sequence) {
        writer.applyToExisting(DealReference.class, e.dealId(), sequence, DealReference::version,
                d -> new DealReference(d.id(), d.title(), e.amount(), e.currency(), d.responsibleId(), d.open(),
                        d.companyId(), d.contactIds(), rows(e.rows()), sequence));
    }

    @EventHandler
    void on(DealCompanySetEvent e, @SequenceNumber long sequence) {
        writer.applyToExisting(DealReference.class, e.dealId(), sequence, DealReference::version,
                d -> new DealReference(d.id(), d.title(), d.amount(), d.currency(), d.responsibleId(), d.open(),
                        e.companyId(), d.contactIds(), d.rows(), sequence));
    }

    @EventHandler
    void on(DealContactAttachedEvent e, @SequenceNumber long sequence) {
        writer.applyToExisting(DealReference.class, e.dealId(), sequence, DealReference::version, d -> {
            List<String> contacts = new ArrayList<>(d.contactIds());
            if (!contacts.contains(e.contactId())) {
                contacts.add(e.contactId());
            }
            return withContacts(d, contacts, sequence);
        });
    }

    @EventHandler
    void on(DealContactDetachedEvent e, @SequenceNumber long sequence) {
        writer.applyToExisting(DealReference.class, e.dealId(), sequence, DealReference::version,
                d -> withContacts(d, d.contactIds().stream().filter(c -> !c.equals(e.contactId())).toList(), sequence));
    }

    @EventHandler
    void on(DealReassignedEvent e, @SequenceNumber long sequence) {
        writer.applyToExisting(DealReference.class, e.dealId(), sequence, DealReference::version,
                d -> new DealReference(d.id(), d.title(), d.amount(), d.currency(), e.responsibleId(), d.open(),
                        d.companyId(), d.contactIds(), d.rows(), sequence));
    }

    private static DealReference withContacts(DealReference d, List<String> contacts, long sequence) {
        return new DealReference(d.id(), d.title(), d.amount(), d.currency(), d.responsibleId(), d.open(), d.companyId(),
                List.copyOf(contacts), d.rows(), sequence);
    }

    private static List<DealReference.Row> rows(List<ProductRow> rows) {
        return rows.stream().map(r -> new DealReference.Row(r.rowId(), r.productId(), r.variantId(), r.name(), r.sku(),
                r.price(), r.quantity(), r.discountType() == null ? null : r.discountType().name(), r.discount(),
                r.vatRate(), r.total())).toList();
    }
}
