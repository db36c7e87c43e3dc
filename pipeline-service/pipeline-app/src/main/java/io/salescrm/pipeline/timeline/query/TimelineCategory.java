package io.salescrm.pipeline.timeline.query;

/** What a timeline entry is about, for filtering and icons in clients. */
public enum TimelineCategory {
    CREATED, CHANGE, STAGE_MOVE, ASSIGNMENT, ACTIVITY, CONVERSION, MERGE, BILLING;

    /** The category of an event by its type name, e.g. "DealStageChangedEvent" -> STAGE_MOVE. */
    public static TimelineCategory of(String eventType) {
        if (eventType.startsWith("Activity")) {
            return ACTIVITY;
        }
        if (eventType.contains("Merged")) {
            return MERGE;
        }
        if (eventType.contains("Convert")) {
            return CONVERSION;
        }
        if (eventType.contains("Stage") || eventType.contains("Won") || eventType.contains("Lost") || eventType.contains("Reopened")) {
            return STAGE_MOVE;
        }
        if (eventType.contains("Assign")) {
            return ASSIGNMENT;
        }
        if (eventType.endsWith("CreatedEvent")) {
            return CREATED;
        }
        return CHANGE;
    }
}
