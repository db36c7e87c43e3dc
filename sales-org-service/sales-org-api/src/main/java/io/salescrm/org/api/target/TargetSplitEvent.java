package io.salescrm.org.api.target;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * The target {@code targetId} was split (split revision {@code splitRevision}, replacing any earlier split).
 * {@code partsTotal} is the sum of the parts; for a {@link SplitStatus#FINAL} split it equals {@code value}, every
 * part names its child target, and {@code releasedTargetIds} are the children of the previous final split that
 * are no longer part of it (they are cancelled). A {@link SplitStatus#DRAFT} changes no child target.
 */
@Revision("1")
public record TargetSplitEvent(
        String targetId,
        int revision,
        int splitRevision,
        SplitStatus status,
        TargetPeriod period,
        TargetSubject subject,
        TargetValue value,
        List<TargetSplitPart> parts,
        TargetValue partsTotal,
        List<String> releasedTargetIds,
        String note,
        Instant splitAt) {
}
