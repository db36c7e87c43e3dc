package io.salescrm.pipeline.api.lead;

/**
 * Where a lead stands. NEW and IN_WORK are open work; JUNK (discarded, with a reason) can be reopened; CONVERTED
 * is set only by conversion and is final.
 */
public enum LeadStatus {
    NEW,
    IN_WORK,
    CONVERTED,
    JUNK
}
