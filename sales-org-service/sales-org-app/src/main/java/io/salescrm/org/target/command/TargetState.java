package io.salescrm.org.target.command;

import io.salescrm.org.api.target.SplitStatus;
import io.salescrm.org.api.target.TargetPeriod;
import io.salescrm.org.api.target.TargetSplitPart;
import io.salescrm.org.api.target.TargetSubject;
import io.salescrm.org.api.target.TargetValue;

import java.util.List;
import java.util.Map;

/**
 * A read-only copy of a target's state, for the split handler that coordinates a parent target and its children.
 * {@code latestSplitStatus} is null when there is no split or it was withdrawn; {@code activeChildren} are the
 * child targets of the split in effect (the last final one), by subject.
 */
public record TargetState(
        String targetId,
        int revision,
        TargetPeriod period,
        TargetSubject subject,
        TargetValue value,
        String parentTargetId,
        boolean cancelled,
        int splitRevision,
        SplitStatus latestSplitStatus,
        List<TargetSplitPart> latestSplitParts,
        Map<TargetSubject, String> activeChildren) {

    public TargetKey key() {
        return new TargetKey(subject, period, value.measure());
    }

    public boolean hasFinalSplit() {
        return !activeChildren.isEmpty();
    }

    /** While the latest split is final its value is bound to its children's sum. */
    public boolean valueBoundBySplit() {
        return latestSplitStatus == SplitStatus.FINAL;
    }
}
