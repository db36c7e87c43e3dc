package io.salescrm.pipeline.leadimport.job;

import io.salescrm.pipeline.api.lead.LeadDetails;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What one row did to a lead, recorded before its command is sent so undo never misses it (collection
 * {@code lead_import_changes}): CREATED a lead, or UPDATED one whose details and open flag before were
 * {@code previousDetails} / {@code previousOpen}.
 */
@Document("lead_import_changes")
@CompoundIndex(name = "job_row", def = "{'jobId': 1, 'row': -1}")
public record LeadImportChange(@Id String id, String jobId, long row, String leadId, Kind kind,
                               LeadDetails previousDetails, boolean previousOpen) {

    public enum Kind { CREATED, UPDATED }
}
