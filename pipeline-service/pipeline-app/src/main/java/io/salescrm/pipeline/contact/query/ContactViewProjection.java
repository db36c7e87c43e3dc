package io.salescrm.pipeline.contact.query;

import io.salescrm.pipeline.api.contact.ContactAbsorbedEvent;
import io.salescrm.pipeline.api.contact.ContactAssignedEvent;
import io.salescrm.pipeline.api.contact.ContactCreatedEvent;
import io.salescrm.pipeline.api.contact.ContactDetailsChangedEvent;
import io.salescrm.pipeline.api.contact.ContactLinkedToCompanyEvent;
import io.salescrm.pipeline.api.contact.ContactMergedIntoEvent;
import io.salescrm.pipeline.api.contact.ContactUnlinkedFromCompanyEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Keeps {@code contacts} up to date through {@link ContactView#evolve}; redelivered events change nothing. */
@Component
@ProcessingGroup("contact-view")
public class ContactViewProjection {

    private final MongoTemplate mongo;

    public ContactViewProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ContactCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        project(event.contactId(), event, sequence, timestamp);
    }

    @EventHandler
    void on(ContactDetailsChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        project(event.contactId(), event, sequence, timestamp);
    }

    @EventHandler
    void on(ContactAssignedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        project(event.contactId(), event, sequence, timestamp);
    }

    @EventHandler
    void on(ContactLinkedToCompanyEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        project(event.contactId(), event, sequence, timestamp);
    }

    @EventHandler
    void on(ContactUnlinkedFromCompanyEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        project(event.contactId(), event, sequence, timestamp);
    }

    @EventHandler
    void on(ContactMergedIntoEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        project(event.contactId(), event, sequence, timestamp);
    }

    @EventHandler
    void on(ContactAbsorbedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        project(event.contactId(), event, sequence, timestamp);
    }

    private void project(String contactId, Object event, long sequence, Instant timestamp) {
        ContactView before = mongo.findById(contactId, ContactView.class);
        long versionBefore = before == null ? -1 : before.getVersion();
        ContactView after = ContactView.evolve(before, event, sequence, timestamp);
        if (after != null && after.getVersion() != versionBefore) {
            mongo.save(after);
        }
    }
}
