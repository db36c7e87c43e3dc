package io.salescrm.pipeline.leadimport.job;

import io.salescrm.pipeline.api.lead.LeadDetails;

/** One CSV row as a lead: its details and the responsible employee it names (null: none named). */
public record LeadRow(LeadDetails details, String responsibleId) {
}
