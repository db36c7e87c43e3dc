package io.salescrm.pipeline.api.pipeline;

/** What reaching a stage means for a deal: still being worked, won (closed), or lost (closed). */
public enum StageSemantics {
    IN_PROGRESS,
    WON,
    LOST;

    public boolean closes() {
        return this != IN_PROGRESS;
    }
}
