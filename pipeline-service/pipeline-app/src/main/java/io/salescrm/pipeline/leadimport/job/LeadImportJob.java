package io.salescrm.pipeline.leadimport.job;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * An import job and its progress (collection {@code lead_import_jobs}): rows read, leads created and updated, rows
 * skipped as duplicates and rows that failed (their errors are {@link LeadImportRowError}s). {@code message}
 * says why a job FAILED as a whole.
 */
@Document(LeadImportJob.COLLECTION)
public record LeadImportJob(
        @Id String id,
        LeadImportStatus status,
        String createdBy,
        Instant createdAt,
        Instant finishedAt,
        String fileName,
        long fileBytes,
        LeadImportOptions options,
        long rowsRead,
        long created,
        long updated,
        long skipped,
        long failed,
        String message,
        Instant undoneAt) {

    public static final String COLLECTION = "lead_import_jobs";
}
