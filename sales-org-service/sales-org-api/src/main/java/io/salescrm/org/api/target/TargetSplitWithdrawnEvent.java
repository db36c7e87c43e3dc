package io.salescrm.org.api.target;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * The split of the target was withdrawn (split revision {@code splitRevision}, without parts); the children of
 * its final split, {@code releasedTargetIds}, are cancelled.
 */
@Revision("1")
public record TargetSplitWithdrawnEvent(
        String targetId,
        int revision,
        int splitRevision,
        TargetPeriod period,
        TargetSubject subject,
        TargetValue value,
        List<String> releasedTargetIds,
        String note,
        Instant withdrawnAt) {
}
