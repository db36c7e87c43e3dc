package io.salescrm.analytics.lead;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.Map;

/**
 * One lead as analytics knows it, in collection {@code lead_facts}: its source, when it was created (and the key of
 * every period containing that instant), whom it was given to at creation, and the deal it was converted into
 * (null while not converted to a deal). {@code sequence} guards against redelivery like deal facts do.
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
        Instant convertedAt) {

    public static final String COLLECTION = "lead_facts";

    LeadFact converted(long eventSequence, String toDealId, Instant at) {
        return new LeadFact(leadId, eventSequence, source, createdAt, periods, responsibleId, open, toDealId, at);
    }
}
