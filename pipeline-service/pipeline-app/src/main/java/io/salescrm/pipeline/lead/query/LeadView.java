package io.salescrm.pipeline.lead.query;

import io.salescrm.pipeline.api.lead.LeadAbsorbedEvent;
import io.salescrm.pipeline.api.lead.LeadAssignedEvent;
import io.salescrm.pipeline.api.lead.LeadConvertedEvent;
import io.salescrm.pipeline.api.lead.LeadCreatedEvent;
import io.salescrm.pipeline.api.lead.LeadDetails;
import io.salescrm.pipeline.api.lead.LeadDetailsChangedEvent;
import io.salescrm.pipeline.api.lead.LeadDistributionFailedEvent;
import io.salescrm.pipeline.api.lead.LeadMergedIntoEvent;
import io.salescrm.pipeline.api.lead.LeadRemovedEvent;
import io.salescrm.pipeline.api.lead.LeadSource;
import io.salescrm.pipeline.api.lead.LeadStatus;
import io.salescrm.pipeline.api.lead.LeadStatusChangedEvent;
import io.salescrm.pipeline.duplicate.ContactPointKeys;
import io.salescrm.pipeline.duplicate.DuplicateKeys;
import io.salescrm.pipeline.duplicate.TextSearch;
import com.fasterxml.jackson.annotation.JsonIgnore;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The read model of a lead (MongoDB collection {@code leads}), and the one way it evolves from events
 * ({@link #evolve}): the projection applies it to the stored document, {@code GET /leads/{id}?asOf=} folds the
 * event store's events through it. Besides the lead itself it keeps the keys duplicate detection and search use
 * (the lead duplicate index). {@code version} is the sequence number of the last event applied: an event at or
 * below it (a redelivery or replay) changes nothing.
 */
@Document(LeadView.COLLECTION)
public class LeadView {

    public static final String COLLECTION = "leads";

    /** Lineage of a converted lead. */
    public record Conversion(String dealId, String contactId, String companyId, Instant convertedAt) {
    }

    /** Why distribution found nobody, shown as "distribution failed: detail". */
    public record DistributionFailure(String ruleId, String reason, String detail, Instant failedAt, String message) {
    }

    @Id
    private String id;
    private String pipelineId;
    private LeadDetails details;
    @Indexed
    private LeadStatus status;
    private String junkReason;
    @Indexed
    private String responsibleId;
    @Indexed
    private boolean open;
    @Indexed
    private Instant createdAt;
    private Instant updatedAt;
    private Conversion conversion;
    private DistributionFailure distributionFailure;
    private String mergedIntoId;
    private List<String> absorbedIds = new ArrayList<>();
    private boolean removed;
    private String removalReason;
    @Indexed
    private LeadSource source;
    @Field(targetType = FieldType.DECIMAL128)
    private BigDecimal amountInBase;
    private String title;
    @Indexed
    private List<String> phoneKeys = List.of();
    @Indexed
    private List<String> emailKeys = List.of();
    @Indexed
    private String companyNameKey;
    private String searchText;
    private long version;

    /**
     * The view after {@code event} (the {@code sequence}-th event of the lead, stored at {@code timestamp}), or
     * {@code view} itself when the event was applied before or is not a lead event. {@code view} is null before
     * the first event.
     */
    public static LeadView evolve(LeadView view, Object event, long sequence, Instant timestamp) {
        if (event instanceof LeadCreatedEvent created) {
            if (view != null) {
                return view;
            }
            LeadView lead = new LeadView();
            lead.id = created.leadId();
            lead.pipelineId = created.pipelineId();
            lead.status = LeadStatus.NEW;
            lead.responsibleId = created.responsibleId();
            lead.open = created.open();
            lead.createdAt = created.createdAt();
            lead.withDetails(created.details());
            return lead.applied(sequence, timestamp);
        }
        if (view == null || sequence <= view.version) {
            return view;
        }
        if (event instanceof LeadDetailsChangedEvent changed) {
            view.withDetails(changed.details());
            view.open = changed.open();
        } else if (event instanceof LeadStatusChangedEvent changed) {
            view.status = changed.to();
            view.junkReason = changed.to() == LeadStatus.JUNK ? changed.reason() : null;
        } else if (event instanceof LeadAssignedEvent assigned) {
            view.responsibleId = assigned.responsibleId();
            view.distributionFailure = null;
        } else if (event instanceof LeadDistributionFailedEvent failed) {
            view.distributionFailure = new DistributionFailure(failed.ruleId(), failed.reason(), failed.detail(),
                    failed.failedAt(), "distribution failed: " + (failed.detail() != null ? failed.detail() : failed.reason()));
        } else if (event instanceof LeadConvertedEvent converted) {
            view.conversion = new Conversion(converted.dealId(), converted.contactId(), converted.companyId(),
                    converted.convertedAt());
        } else if (event instanceof LeadMergedIntoEvent merged) {
            view.mergedIntoId = merged.survivorId();
        } else if (event instanceof LeadAbsorbedEvent absorbed) {
            view.withDetails(absorbed.details());
            view.absorbedIds.add(absorbed.mergedId());
        } else if (event instanceof LeadRemovedEvent removal) {
            view.removed = true;
            view.removalReason = removal.reason();
        } else {
            return view;
        }
        return view.applied(sequence, timestamp);
    }

    private LeadView applied(long sequence, Instant timestamp) {
        version = sequence;
        updatedAt = timestamp;
        return this;
    }

    private void withDetails(LeadDetails changed) {
        details = changed;
        title = changed.title();
        source = changed.source();
        amountInBase = changed.expectedAmount() == null ? null : changed.expectedAmount().amountInBase();
        phoneKeys = ContactPointKeys.phones(changed.phones());
        emailKeys = ContactPointKeys.emails(changed.emails());
        companyNameKey = ContactPointKeys.companyName(changed.companyName());
        var name = changed.name();
        searchText = TextSearch.text(phoneKeys, changed.title(), name == null ? null : name.first(),
                name == null ? null : name.last(), name == null ? null : name.middle(), changed.companyName(),
                String.join(" ", emailKeys));
    }

    /** The keys another lead, contact or company would share with this one to be its likely duplicate. */
    public static DuplicateKeys keysOf(LeadDetails details) {
        return new DuplicateKeys(ContactPointKeys.phones(details.phones()), ContactPointKeys.emails(details.emails()),
                ContactPointKeys.companyName(details.companyName()), null);
    }

    public String getId() {
        return id;
    }

    public String getPipelineId() {
        return pipelineId;
    }

    public LeadDetails getDetails() {
        return details;
    }

    public LeadStatus getStatus() {
        return status;
    }

    public String getJunkReason() {
        return junkReason;
    }

    public String getResponsibleId() {
        return responsibleId;
    }

    public boolean isOpen() {
        return open;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Conversion getConversion() {
        return conversion;
    }

    public DistributionFailure getDistributionFailure() {
        return distributionFailure;
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
