package io.salescrm.pipeline.api.lead;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A lead was registered in a pipeline. {@code responsibleId} is the employee who works it, or null when the lead
 * is still to be distributed: sales-org's distribution rules then decide who gets it and publish
 * {@code LeadAssignmentDecidedEvent} (or {@code LeadAssignmentFailedEvent}) on the org topic, and the pipeline
 * service assigns the lead accordingly ({@link LeadAssignedEvent}). The first event of the lead aggregate
 * {@code leadId}.
 */
@Revision("1")
public record LeadCreatedEvent(
        String leadId,
        String title,
        LeadSource source,
        String pipelineId,
        String responsibleId,
        Instant createdAt) {
}
