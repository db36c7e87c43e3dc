package io.salescrm.billing.invoice.web;

import io.salescrm.billing.api.invoice.InvoiceCreatedEvent;
import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.platform.access.AccessPolicy;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Access checks for commands on an existing invoice, judged on its responsible employee and open flag as its first
 * event has them: read from the event store, so a command right after creation never misses the invoice the way a
 * lagging read model could.
 */
@Component
public class InvoiceAccess {

    private final EventStore eventStore;
    private final AccessPolicy access;

    public InvoiceAccess(EventStore eventStore, AccessPolicy access) {
        this.eventStore = eventStore;
        this.access = access;
    }

    /** The invoice's creation, once the caller may do {@code action} on it; 404 for an unknown id, 403 outside his rights. */
    public InvoiceCreatedEvent require(String invoiceId, Action action) {
        InvoiceCreatedEvent created = eventStore.readEvents(invoiceId).asStream()
                .findFirst()
                .map(e -> e.getPayload() instanceof InvoiceCreatedEvent event ? event : null)
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "No invoice with id " + invoiceId + "."));
        access.require(EntityType.INVOICE, action, created.responsibleId(), created.open());
        return created;
    }
}
