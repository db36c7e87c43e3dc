package io.salescrm.pipeline.leadimport.job;

/** Where an import job stands. INTERRUPTED: the service stopped while it ran; what it imported can still be undone. */
public enum LeadImportStatus {
    QUEUED, RUNNING, COMPLETED, FAILED, INTERRUPTED, UNDOING, UNDONE;

    public boolean mayBeUndone() {
        return this == COMPLETED || this == FAILED || this == INTERRUPTED;
    }
}
