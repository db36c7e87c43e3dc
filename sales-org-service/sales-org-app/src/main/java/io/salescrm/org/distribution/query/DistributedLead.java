package io.salescrm.org.distribution.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One lead as the open-lead count sees it (collection {@code distribution_leads}): open or closed, and its
 * responsible employee: the one the pipeline assigned ({@code assignedSequence} = sequence number of that
 * pipeline event), or, until the pipeline has assigned it, the one distribution decided.
 */
@Document(LeadLoad.COLLECTION)
public record DistributedLead(
        @Id String id,
        @Indexed Boolean open,
        @Indexed String responsibleId,
        Long assignedSequence) {
}
