package io.salescrm.org.target.command;

import io.salescrm.org.api.target.TargetSplitPart;

import java.util.List;

/**
 * What a split, finalisation or withdrawal did: the parent's new revision and split revision, the split's status
 * ({@code DRAFT}, {@code FINAL} or {@code WITHDRAWN}), its parts with their child target ids, and the child
 * targets it released (cancelled).
 */
public record SplitOutcome(String targetId, int revision, int splitRevision, String status, List<TargetSplitPart> parts,
                           List<String> releasedTargetIds) {
}
