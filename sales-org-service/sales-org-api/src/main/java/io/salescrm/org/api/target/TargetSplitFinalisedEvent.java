package io.salescrm.org.api.target;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * The draft split {@code splitRevision} of the target became final: its parts add up to {@code value} and each is
 * a child target now ({@code childTargetId} set); {@code releasedTargetIds} are the children of the previous final
 * split that are no longer part of it (they are cancelled).
 */
@Revision("1")
public record TargetSplitFinalisedEvent(
        String targetId,
        int revision,
        int splitRevision,
        TargetPeriod period,
        TargetSubject subject,
        TargetValue value,
        List<TargetSplitPart> parts,
        List<String> releasedTargetIds,
        Instant finalisedAt) {
}
