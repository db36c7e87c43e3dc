package io.salescrm.org.api.target;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The value of a target changed; it replaces {@code previousValue} from now on. Carries the whole current state
 * (period, subject, value, growth, parent). A revision made by a split of the parent (including a standalone
 * target taken into a split) carries the parent's {@code parentSplitRevision}; a manual revision has it null.
 */
@Revision("1")
public record TargetRevisedEvent(
        String targetId,
        int revision,
        TargetPeriod period,
        TargetSubject subject,
        TargetValue value,
        TargetValue previousValue,
        TargetGrowth growth,
        String parentTargetId,
        Integer parentSplitRevision,
        String note,
        Instant revisedAt) {
}
