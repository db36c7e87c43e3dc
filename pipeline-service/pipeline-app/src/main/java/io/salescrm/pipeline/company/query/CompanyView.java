package io.salescrm.pipeline.company.query;

import io.salescrm.pipeline.api.company.CompanyAbsorbedEvent;
import io.salescrm.pipeline.api.company.CompanyAssignedEvent;
import io.salescrm.pipeline.api.company.CompanyCreatedEvent;
import io.salescrm.pipeline.api.company.CompanyDetails;
import io.salescrm.pipeline.api.company.CompanyDetailsChangedEvent;
import io.salescrm.pipeline.api.company.CompanyMergedIntoEvent;
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
 * The read model of a company (MongoDB collection {@code companies}) and the one way it evolves from events
 * ({@link #evolve}), shared by the projection and {@code GET /companies/{id}?asOf=}. It also keeps the company
 * duplicate index (normalised name, tax id, phones, emails) and the search text. {@code version} is the sequence
 * number of the last event applied: a redelivered or replayed event changes nothing.
 */
@Document(CompanyView.COLLECTION)
public class CompanyView {

    public static final String COLLECTION = "companies";

    @Id
    private String id;
    private CompanyDetails details;
    @Indexed
    private String responsibleId;
    @Indexed
    private boolean open;
    private String originLeadId;
    @Indexed
    private Instant createdAt;
    private Instant updatedAt;
    private String mergedIntoId;
    private List<String> absorbedIds = new ArrayList<>();
    private boolean removed;
    private String name;
    @Indexed
    private String industry;
    @Indexed
    private List<String> phoneKeys = List.of();
    @Indexed
    private List<String> emailKeys = List.of();
    @Indexed
    private String companyNameKey;
    @Indexed
    private String taxIdKey;
    private String searchText;
    private long version;

    /** The view after the {@code sequence}-th event of the company; {@code view} itself for an event applied before. */
    public static CompanyView evolve(CompanyView view, Object event, long sequence, Instant timestamp) {
        if (event instanceof CompanyCreatedEvent created) {
            if (view != null) {
                return view;
            }
            CompanyView company = new CompanyView();
            company.id = created.companyId();
            company.responsibleId = created.responsibleId();
            company.open = created.open();
            company.originLeadId = created.originLeadId();
            company.createdAt = created.createdAt();
            company.withDetails(created.details());
            return company.applied(sequence, timestamp);
        }
        if (view == null || sequence <= view.version) {
            return view;
        }
        if (event instanceof CompanyDetailsChangedEvent changed) {
            view.withDetails(changed.details());
            view.open = changed.open();
        } else if (event instanceof CompanyAssignedEvent assigned) {
            view.responsibleId = assigned.responsibleId();
        } else if (event instanceof CompanyMergedIntoEvent merged) {
            view.mergedIntoId = merged.survivorId();
        } else if (event instanceof CompanyAbsorbedEvent absorbed) {
            view.withDetails(absorbed.details());
            view.absorbedIds.add(absorbed.mergedId());
        } else {
            return view;
        }
        return view.applied(sequence, timestamp);
    }

    /** The keys another company would share with one of these details to be its likely duplicate. */
    public static DuplicateKeys keysOf(CompanyDetails details) {
        return new DuplicateKeys(ContactPointKeys.phones(details.phones()), ContactPointKeys.emails(details.emails()),
                ContactPointKeys.companyName(details.name()), ContactPointKeys.taxId(details.taxId()));
    }

    private CompanyView applied(long sequence, Instant timestamp) {
        version = sequence;
        updatedAt = timestamp;
        return this;
    }

    private void withDetails(CompanyDetails changed) {
        details = changed;
        name = changed.name();
        industry = changed.industry();
        DuplicateKeys keys = keysOf(changed);
        phoneKeys = keys.phoneKeys();
        emailKeys = keys.emailKeys();
        companyNameKey = keys.companyNameKey();
        taxIdKey = keys.taxIdKey();
        searchText = TextSearch.text(phoneKeys, changed.name(), changed.legalName(), changed.taxId(),
                String.join(" ", emailKeys));
    }

    public String getId() {
        return id;
    }

    public CompanyDetails getDetails() {
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
