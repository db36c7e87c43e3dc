package io.salescrm.pipeline.contact.query;

import io.salescrm.pipeline.api.contact.ContactAbsorbedEvent;
import io.salescrm.pipeline.api.contact.ContactAssignedEvent;
import io.salescrm.pipeline.api.contact.ContactCreatedEvent;
import io.salescrm.pipeline.api.contact.ContactDetails;
import io.salescrm.pipeline.api.contact.ContactDetailsChangedEvent;
import io.salescrm.pipeline.api.contact.ContactLinkedToCompanyEvent;
import io.salescrm.pipeline.api.contact.ContactMergedIntoEvent;
import io.salescrm.pipeline.api.contact.ContactUnlinkedFromCompanyEvent;
import io.salescrm.pipeline.api.lead.LeadSource;
import io.salescrm.pipeline.duplicate.ContactPointKeys;
import io.salescrm.pipeline.duplicate.DuplicateKeys;
import io.salescrm.pipeline.duplicate.TextSearch;
import com.fasterxml.jackson.annotation.JsonIgnore;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The read model of a contact (MongoDB collection {@code contacts}) and the one way it evolves from events
 * ({@link #evolve}), shared by the projection and {@code GET /contacts/{id}?asOf=}. It also keeps the contact
 * duplicate index (normalised phones and emails) and the search text. {@code version} is the sequence number of
 * the last event applied: a redelivered or replayed event changes nothing.
 */
@Document(ContactView.COLLECTION)
public class ContactView {

    public static final String COLLECTION = "contacts";

    @Id
    private String id;
    private ContactDetails details;
    @Indexed
    private String responsibleId;
    @Indexed
    private boolean open;
    private String originLeadId;
    @Indexed
    private List<String> companyIds = new ArrayList<>();
    @Indexed
    private Instant createdAt;
    private Instant updatedAt;
    private String mergedIntoId;
    private List<String> absorbedIds = new ArrayList<>();
    private boolean removed;
    @Indexed
    private LeadSource source;
    private String lastName;
    @Indexed
    private List<String> phoneKeys = List.of();
    @Indexed
    private List<String> emailKeys = List.of();
    private String searchText;
    private long version;

    /** The view after the {@code sequence}-th event of the contact; {@code view} itself for an event applied before. */
    public static ContactView evolve(ContactView view, Object event, long sequence, Instant timestamp) {
        if (event instanceof ContactCreatedEvent created) {
            if (view != null) {
                return view;
            }
            ContactView contact = new ContactView();
            contact.id = created.contactId();
            contact.responsibleId = created.responsibleId();
            contact.open = created.open();
            contact.originLeadId = created.originLeadId();
            contact.companyIds = new ArrayList<>(created.companyIds());
            contact.createdAt = created.createdAt();
            contact.withDetails(created.details());
            return contact.applied(sequence, timestamp);
        }
        if (view == null || sequence <= view.version) {
            return view;
        }
        if (event instanceof ContactDetailsChangedEvent changed) {
            view.withDetails(changed.details());
            view.open = changed.open();
        } else if (event instanceof ContactAssignedEvent assigned) {
            view.responsibleId = assigned.responsibleId();
        } else if (event instanceof ContactLinkedToCompanyEvent linked) {
            if (!view.companyIds.contains(linked.companyId())) {
                view.companyIds.add(linked.companyId());
            }
        } else if (event instanceof ContactUnlinkedFromCompanyEvent unlinked) {
            view.companyIds.remove(unlinked.companyId());
        } else if (event instanceof ContactMergedIntoEvent merged) {
            view.mergedIntoId = merged.survivorId();
        } else if (event instanceof ContactAbsorbedEvent absorbed) {
            view.withDetails(absorbed.details());
            view.absorbedIds.add(absorbed.mergedId());
        } else {
            return view;
        }
        return view.applied(sequence, timestamp);
    }

    /** The keys another contact would share with one of these details to be its likely duplicate. */
    public static DuplicateKeys keysOf(ContactDetails details) {
        return new DuplicateKeys(ContactPointKeys.phones(details.phones()), ContactPointKeys.emails(details.emails()), null, null);
    }

    private ContactView applied(long sequence, Instant timestamp) {
        version = sequence;
        updatedAt = timestamp;
        return this;
    }

    private void withDetails(ContactDetails changed) {
        details = changed;
        source = changed.source();
        var name = changed.name();
        lastName = name == null ? null : name.last();
        phoneKeys = ContactPointKeys.phones(changed.phones());
        emailKeys = ContactPointKeys.emails(changed.emails());
        searchText = TextSearch.text(phoneKeys, name == null ? null : name.first(), name == null ? null : name.last(),
                name == null ? null : name.middle(), changed.position(), String.join(" ", emailKeys));
    }

    public String getId() {
        return id;
    }

    public ContactDetails getDetails() {
        return details;
    }

    public String getResponsibleId() {
        return responsibleId;
    }

    public boolean isOpen() {
        return open;
    }

    public String getOriginLeadId() {
        return originLeadId;
    }

    public List<String> getCompanyIds() {
        return companyIds;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getMergedIntoId() {
        return mergedIntoId;
    }

    public List<String> getAbsorbedIds() {
        return absorbedIds;
    }

    @JsonIgnore
    public boolean isRemoved() {
        return removed;
    }

    public long getVersion() {
        return version;
    }
}
