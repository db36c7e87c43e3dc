package io.salescrm.pipeline.api.activity;

/** What kind of touch an activity is. TASK and MEETING always have a due time. */
public enum ActivityType {
    CALL, MEETING, EMAIL, TASK, NOTE;

    public boolean needsDueTime() {
        return this == TASK || this == MEETING;
    }
}
