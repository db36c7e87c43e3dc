package io.salescrm.billing.reference.party;

import io.salescrm.billing.reference.ReferenceWriter;
import io.salescrm.pipeline.api.contact.ContactAbsorbedEvent;
import io.salescrm.pipeline.api.contact.ContactAssignedEvent;
import io.salescrm.pipeline.api.contact.ContactCreatedEvent;
import io.salescrm.pipeline.api.contact.ContactDetails;
import io.salescrm.pipeline.api.contact.ContactDetailsChangedEvent;
import io.salescrm.pipeline.api.contact.ContactLinkedToCompanyEvent;
import io.salescrm.pipeline.api.contact.ContactMergedIntoEvent;
import io.salescrm.pipeline.api.contact.ContactUnlinkedFromCompanyEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

import static io.salescrm.billing.reference.party.PartyDetails.numbers;
import static io.salescrm.billing.reference.party.PartyDetails.oneLine;
import static io.salescrm.billing.reference.party.PartyDetails.orEmpty;

@Component
@ProcessingGroup(ReferenceWriter.PROCESSING_GROUP)
class ContactReferenceProjection {

    private final ReferenceWriter writer;

    ContactReferenceProjection(ReferenceWriter writer) {
        this.writer = writer;
    }

    @EventHandler
    void on(ContactCreatedEvent event, @SequenceNumber long sequence) {
        writer.apply(ContactReference.class, event.contactId(), sequence, ContactReference::version,
                current -> contact(event.contactId(), event.details(), orEmpty(event.companyIds()), event.responsibleId(),
                        event.open(), null, sequence));
    }

    @EventHandler
    void on(ContactDetailsChangedEvent event, @SequenceNumber long sequence) {
        writer.applyToExisting(ContactReference.class, event.contactId(), sequence, ContactReference::version,
                c -> contact(c.id(), event.details(), c.companyIds(), c.responsibleId(), event.open(), c.mergedIntoId(), sequence));
    }

    @EventHandler
    void on(ContactAbsorbedEvent event, @SequenceNumber long sequence) {
        writer.applyToExisting(ContactReference.class, event.contactId(), sequence, ContactReference::version,
                c -> contact(c.id(), event.details(), c.companyIds(), c.responsibleId(), c.open(), c.mergedIntoId(), sequence));
    }

    @EventHandler
    void on(ContactAssignedEvent event, @SequenceNumber long sequence) {
        writer.applyToExisting(ContactReference.class, event.contactId(), sequence, ContactReference::version,
                c -> with(c, c.companyIds(), event.responsibleId(), c.mergedIntoId(), sequence));
    }

    @EventHandler
    void on(ContactLinkedToCompanyEvent event, @SequenceNumber long sequence) {
        writer.applyToExisting(ContactReference.class, event.contactId(), sequence, ContactReference::version, c -> {
            List<String> companies = new ArrayList<>(c.companyIds());
            if (!companies.contains(event.companyId())) {
                companies.add(event.companyId());
            }
            return with(c, companies, c.responsibleId(), c.mergedIntoId(), sequence);
        });
    }

    @EventHandler
    void on(ContactUnlinkedFromCompanyEvent event, @SequenceNumber long sequence) {
        writer.applyToExisting(ContactReference.class, event.contactId(), sequence, ContactReference::version,
                c -> with(c, c.companyIds().stream().filter(id -> !id.equals(event.companyId())).toList(),
                        c.responsibleId(), c.mergedIntoId(), sequence));
    }

    @EventHandler
    void on(ContactMergedIntoEvent event, @SequenceNumber long sequence) {
        writer.applyToExisting(ContactReference.class, event.contactId(), sequence, ContactReference::version,
                c -> with(c, c.companyIds(), c.responsibleId(), event.survivorId(), sequence));
    }

    private static ContactReference with(ContactReference c, List<String> companyIds, String responsibleId,
                                         String mergedIntoId, long sequence) {
        return new ContactReference(c.id(), c.firstName(), c.lastName(), c.middleName(), c.position(), c.emails(),
                c.phones(), c.address(), List.copyOf(companyIds), responsibleId, c.open(), mergedIntoId, sequence);
    }

    private static ContactReference contact(String id, ContactDetails details, List<String> companyIds, String responsibleId,
                                            boolean open, String mergedIntoId, long sequence) {
        var name = details.name();
        return new ContactReference(id, name == null ? null : name.first(), name == null ? null : name.last(),
                name == null ? null : name.middle(), details.position(), orEmpty(details.emails()),
                numbers(details.phones()), oneLine(details.address()), companyIds, responsibleId, open, mergedIntoId, sequence);
    }
}
