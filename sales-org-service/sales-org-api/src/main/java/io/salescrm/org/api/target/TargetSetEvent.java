package io.salescrm.org.api.target;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A target was set (revision 1 of the target {@code targetId}): the plan of {@code subject} for {@code period}.
 * {@code growth} is null unless the value was computed as growth over a baseline. A target created by a split
 * carries its {@code parentTargetId} and the parent's {@code parentSplitRevision}; both are null otherwise.
 * Self-contained: a consumer needs no other event to know whose plan for which period this is.
 */
@Revision("1")
public record TargetSetEvent(
        String targetId,
        int revision,
        TargetPeriod period,
        TargetSubject subject,
        TargetValue value,
        TargetGrowth growth,
        String parentTargetId,
        Integer parentSplitRevision,
        String note,
        Instant setAt) {
}
