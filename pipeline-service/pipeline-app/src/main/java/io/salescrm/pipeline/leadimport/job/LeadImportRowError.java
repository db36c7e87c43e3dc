package io.salescrm.pipeline.leadimport.job;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** Why one row of an import failed (collection {@code lead_import_errors}); {@code row} counts the file's data rows from 1 (blank rows included, the header row not). */
@Document("lead_import_errors")
@CompoundIndex(name = "job_row", def = "{'jobId': 1, 'row': 1}")
public record LeadImportRowError(@Id String id, String jobId, long row, String column, String message) {
}
