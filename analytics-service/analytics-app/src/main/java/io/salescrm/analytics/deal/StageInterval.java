package io.salescrm.analytics.deal;

import java.time.Instant;

/**
 * A deal's stay in one stage: [{@code enteredAt}, {@code leftAt}), {@code leftAt} null while it is still there.
 * {@code backward} marks an entry into a stage the deal had already been in within the same pipeline (a step back).
 */
public record StageInterval(String pipelineId, String stageId, Instant enteredAt, Instant leftAt, boolean backward) {

    StageInterval leaving(Instant at) {
        return new StageInterval(pipelineId, stageId, enteredAt, at, backward);
    }

    boolean contains(Instant instant) {
        return !enteredAt.isAfter(instant) && (leftAt == null || leftAt.isAfter(instant));
    }
}
