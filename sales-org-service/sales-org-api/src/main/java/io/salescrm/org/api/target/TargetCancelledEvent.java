package io.salescrm.org.api.target;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The target no longer applies. {@code parentSplitRevision} is set when the parent's split revision released it
 * (the subject is no longer part of the parent's split); null when it was cancelled on its own.
 */
@Revision("1")
public record TargetCancelledEvent(
        String targetId,
        int revision,
        TargetPeriod period,
        TargetSubject subject,
        TargetValue value,
        String parentTargetId,
        Integer parentSplitRevision,
        String note,
        Instant cancelledAt) {
}
