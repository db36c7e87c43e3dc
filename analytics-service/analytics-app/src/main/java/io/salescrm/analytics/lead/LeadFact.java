package io.salescrm.analytics.lead;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.Map;

/**
 * One lead as analytics knows it, in collection {@code lead_facts} (documented for BI tools in
 * docs/analytics-read-models.md): its source and creation instant (and the key of every period containing it), which
 * attribute its figures; its responsible employee and open flag now, which access rights filter on; the deal it was
 * converted into (null while not converted to a deal); the lead it was merged into and whether it was removed, which
 * take it out of every figure. {@code sequence} is the last applied event's sequence number of the lead: an event at or
 * below it is ignored, so redelivery and replay change nothing. A removed lead keeps its document so that a redelivered
 * creation cannot bring it back.
 */
@Document(LeadFact.COLLECTION)
public record LeadFact(
        @Id String leadId,
        long sequence,
        String source,
        Instant createdAt,
        Map<String, String> periods,
        @Indexed String responsibleId,
        boolean open,
        String dealId,
        Instant convertedAt,
        String mergedIntoId,
        boolean removed) {

    public static final String COLLECTION = "lead_facts";
    public static final String RESPONSIBLE = "responsibleId";
    public static final String OPEN = "open";

    static LeadFact created(String leadId, long sequence, String source, Instant createdAt, Map<String, String> periods,
                            String responsibleId, boolean open) {
        return new LeadFact(leadId, sequence, source, createdAt, periods, responsibleId, open, null, null, null, false);
    }

    boolean isNew(long eventSequence) {
        return eventSequence > sequence;
    }

    LeadFact assigned(long eventSequence, String newResponsibleId) {
        return new LeadFact(leadId, eventSequence, source, createdAt, periods, newResponsibleId, open, dealId, convertedAt,
                mergedIntoId, removed);
    }

    LeadFact openChanged(long eventSequence, boolean newOpen) {
        return new LeadFact(leadId, eventSequence, source, createdAt, periods, responsibleId, newOpen, dealId, convertedAt,
                mergedIntoId, removed);
    }

    LeadFact converted(long eventSequence, String toDealId, Instant at) {
        return new LeadFact(leadId, eventSequence, source, createdAt, periods, responsibleId, open, toDealId, at,
                mergedIntoId, removed);
    }

    LeadFact mergedInto(long eventSequence, String survivorId) {
        return new LeadFact(leadId, eventSequence, source, createdAt, periods, responsibleId, open, dealId, convertedAt,
                survivorId, removed);
    }

    LeadFact removed(long eventSequence) {
        return new LeadFact(leadId, eventSequence, source, createdAt, periods, responsibleId, open, dealId, convertedAt,
                mergedIntoId, true);
    }
}
